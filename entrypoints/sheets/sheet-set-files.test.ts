import { describe, expect, it } from 'vitest';
import { emptyTypedBox, withCell, type TypedBox } from '../../core/index.js';
import { sheetSetFiles } from './sheet-set-files';
import type { SheetSet } from './sheets-store';

const electionText = JSON.stringify({
  format: 'tallywitness.election/1',
  name: '测试村',
  rules: 'plurality',
  contests: [{ id: 'chair', name: '主任', seats: 1, candidates: [{ id: 'wang', name: '王林' }] }],
});

const box = (cells: Record<string, string>): TypedBox => {
  let typed = emptyTypedBox('central');
  for (const [figure, value] of Object.entries(cells))
    typed =
      figure === 'wang'
        ? withCell(typed, { kind: 'votes', contest: 'chair', choice: 'wang' }, value)
        : withCell(typed, { kind: 'figure', figure: figure as 'issued' }, value);
  return typed;
};

const set = (boxes: TypedBox[], text = electionText): SheetSet => ({
  id: 'set',
  electionText: text,
  electionFile: 'election.json',
  electionName: '测试村',
  startedAt: '2026-12-03T00:00:00Z',
  boxes,
});

describe('a set of typed sheets as the audit’s files', () => {
  it('hands over the election as read and both CSV files', async () => {
    const files = sheetSetFiles(
      set([box({ registered: '10', issued: '9', returned: '9', invalid: '1', wang: '8' })]),
    );
    if (!files.ok) throw new Error(JSON.stringify(files.notReady));
    expect([files.election.name, files.boxes.name, files.tallies.name]).toEqual([
      'election.json',
      'boxes.csv',
      'tallies.csv',
    ]);
    expect(await files.election.text()).toBe(electionText);
    expect(await files.tallies.text()).toBe('box,contest,candidate,votes\ncentral,chair,wang,8\n');
    expect(files.boxesCsv).toBe('box,registered,issued,returned,invalid\ncentral,10,9,9,1\n');
  });

  it('says why not, for a box still being typed or a definition that no longer reads', () => {
    const half = sheetSetFiles(set([box({ issued: '9' })]));
    expect(half.ok ? [] : half.notReady.map((each) => each.message.en)).toEqual([
      'box “central” has 4 cells still to type',
    ]);
    const broken = sheetSetFiles(set([box({})], '{"format":"tallywitness.election/1"'));
    expect(broken.ok).toBe(false);
  });
});
