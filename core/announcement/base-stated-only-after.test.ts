import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** A share whose count is stated only after it (figures invented, in the shape of a wire report). */
const findings = (text: string) =>
  checkAnnouncementArithmetic(readAnnouncementText(text), 'en').map((finding) => finding.code);

describe('a share whose base the text states only after it', () => {
  it('is left unjudged when the counts stated after it differ (two elections in one report)', () => {
    const text =
      'The rural election ended with an overall turnout rate of 60.68%.\n\n' +
      'In the first election 3,553 voters cast their votes.\n\n' +
      'Over the three days, 36 voters cast ballots at dedicated stations.\n\n' +
      'The first election had 9,542 registered electors.';
    expect(findings(text)).toEqual([]);
  });

  it('is left unjudged when its only base stands in a later paragraph', () => {
    const text =
      'In the second election 3,553 voters cast their votes, taking the overall turnout rate to 50.01%.\n\n' +
      'The first election had 195,476 registered electors.';
    expect(findings(text)).toEqual([]);
  });

  it('is still judged, and a wrong one caught, when its base follows on the same line', () => {
    expect(findings('本村登记选民1856人，参选率80.06%，收回选票1519张，有效票1508张，无效票11张。')).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
    ]);
    expect(findings('本村参选率81.84%，登记选民1856人，收回选票1519张，有效票1508张，无效票11张。')).toEqual(
      [],
    );
  });
});
