import { expect, it } from 'vitest';
import { boxesToRecount } from './live-tally-files.js';
import type { TallyRecord } from './tally-store.js';

const tally = (id: string, box: string, electionText = 'E'): TallyRecord => ({
  id,
  box,
  electionText,
  electionFile: 'election.json',
  electionName: '东湖村',
  startedAt: '2026-12-04T09:00:00Z',
  writeIns: [],
});

it('recounts every box of the same election kept here, the chosen one first, so none is left out', () => {
  const centre = tally('a', '中心会场');
  const mobile = tally('b', '流动票箱');
  const other = tally('c', '第一票箱', 'another election');
  expect(boxesToRecount(mobile, [mobile, centre, other]).map((each) => each.id)).toEqual(['b', 'a']);
});

it('takes a box kept twice once, the chosen tally of it, so no ballot is counted twice', () => {
  const restarted = tally('a2', '中心会场');
  const first = tally('a1', '中心会场');
  const mobile = tally('b', '流动票箱');
  expect(boxesToRecount(first, [restarted, mobile, first]).map((each) => each.id)).toEqual(['a1', 'b']);
});
