import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flaggedStrings } from './source-files.js';

/**
 * English quotes a name, a word or a button's words with typographic marks (box “central”, press “Use
 * in the audit”), as the Chinese does with “…”. Straight quotes stay only around what is to be written
 * into a JSON file as it stands (must be "first" or "runoff", add "date": "YYYY-MM-DD", expected
 * "tallywitness.receipt/1"), where a curly quote would not be JSON.
 */
const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['entrypoints', 'core', 'cli'];

/** A straight quote opening or closing a quoted word in English prose, double or single. */
const STRAIGHT =
  /(?:^|[\s(])"(?:$|[^\s",])|[^\s"=(,]"(?:$|[\s.,:;)!?])|(?:^|[\s(])'[A-Za-z…][^']*'(?=$|[\s.,:;)!?])/;
/**
 * What is to be written into a JSON file, whose straight quotes are JSON's own; a quote mark named as
 * itself (take double quotes ("), not single ones); and markup written out (<sheet name="…"/>).
 */
const JSON_TO_WRITE =
  /must be an? |must be "|expected "|did you mean "|e\.g\. "|format tag|": ?"|\{"|"[\w@]+":|straight double quote|starting with "|\("\)|\w="/;

function straightQuoteIn(text: string): boolean {
  // Prose: English words and a space; no Chinese (whose own marks are checked elsewhere).
  if (!/[A-Za-z]{3}/.test(text) || !/\s/.test(text) || /[\u4e00-\u9fff]/.test(text)) return false;
  return STRAIGHT.test(text) && !JSON_TO_WRITE.test(text);
}

describe('English quotes with “ ” and ‘ ’', () => {
  it('the check itself tells a quoted word from JSON to write and from an apostrophe', () => {
    expect(straightQuoteIn('box "X" has a tally sheet but no ballot records')).toBe(true);
    expect(straightQuoteIn('The election form was changed after "Use in the audit": this is still')).toBe(
      true,
    );
    expect(straightQuoteIn("Art. 21's 'one third of the ballots' is read")).toBe(true);
    expect(straightQuoteIn('box “X” has a tally sheet but no ballot records')).toBe(false);
    expect(straightQuoteIn("the notice's electorate (residents' representatives, say)")).toBe(false);
    expect(straightQuoteIn('round must be "first" or "runoff"')).toBe(false);
    expect(straightQuoteIn('add "date": "YYYY-MM-DD" to the election definition')).toBe(false);
    expect(straightQuoteIn('not a bundle (expected "X")')).toBe(false);
    expect(straightQuoteIn('选举定义中的“X”')).toBe(false);
    expect(straightQuoteIn('<sheet name="X" sheetId="X" r:id="rIdX"/>')).toBe(false);
  });

  it('no English string of the pages, the core or the command line quotes a word with straight quotes', () => {
    const { files, found } = flaggedStrings(ROOT, SCANNED, straightQuoteIn);
    expect(files).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
