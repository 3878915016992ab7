import { describe, expect, it } from 'vitest';
import { findings, judged } from './corpus/read-shapes.js';

/** The counts of a village's numbered groups summed by the total after them (numbered-group-sums.ts). */
describe('a sum over numbered groups', () => {
  const meeting = '柳庄村户代表会议情况\n\n';
  const text = (total: string) =>
    `${meeting}一组实到42户、二组实到39户、三组实到41户，三个组共实到${total}户。`;

  it('is judged right when the groups add up to the total and flagged when they do not', () => {
    expect(findings(text('122'))).toEqual([]);
    expect(judged(text('122')).filter(([rule]) => rule === 'partition')).toEqual([
      ['partition', '三个组共实到122户', true],
    ]);
    expect(findings(text('124'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '三个组共实到124户']]);
    expect(
      findings('第一村民小组参加投票156人，第二村民小组参加投票143人，两个小组合计参加投票309人。'),
    ).toEqual([['ANNOUNCED_SUM_MISMATCH', '两个小组合计参加投票309人']]);
  });

  it('sums nothing when a group is missing, named twice, counted otherwise or the total may be the village’s', () => {
    for (const other of [
      '一组实到42户、二组实到39户、三组实到41户，四个组共实到160户。',
      '一组实到42户、二组实到39户、三组实到41户，共实到160户。',
      '一组实到42户、三组实到41户，两个组共实到90户。',
      '一组实到42户、一组实到39户，两个组共实到90户。',
      '四组参加投票40户，一组实到42户、二组实到39户，合计实到90户。',
      '一组实到42户、二组实到39户，两个组共参加投票90户。',
    ]) {
      expect(findings(meeting + other)).toEqual([]);
      expect(judged(meeting + other).filter(([rule]) => rule === 'partition')).toEqual([]);
    }
  });
});
