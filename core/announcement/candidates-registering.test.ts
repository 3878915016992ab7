import { describe, expect, it } from 'vitest';
import { readAnnouncementText } from './read-announcement-text.js';

const registered = (text: string) =>
  readAnnouncementText(text).figures.filter((f) => f.kind === 'count' && f.meaning === 'registered');

describe('candidates registering', () => {
  it('takes no electorate from 登記參選 or 參選人完成登記', () => {
    expect(registered('登記第3天 3人登記參選直轄市長\n今天第3天有3位直轄市長參選人完成登記。')).toEqual([]);
  });
  it('keeps 登记选民 and 本村登記選民 the electorate', () => {
    expect(registered('登记选民1,350人，参加投票1,201人。').map((f) => f.value)).toEqual([1350n]);
    expect(registered('本村登記選民1,350人，參加投票1,201人。').map((f) => f.value)).toEqual([1350n]);
  });
  it('names each count of a count-first list by its own noun', () => {
    const labels = readAnnouncementText(
      '今天共有3位直轄市長、78位直轄市議員及7位縣市長完成登記。',
    ).figures.flatMap((f) => (f.kind === 'group' ? [f.label] : []));
    expect(labels).toEqual(['直轄市长', '直轄市議员']);
  });
});
