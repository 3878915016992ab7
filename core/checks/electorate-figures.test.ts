import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { electionFixture, type ElectionSpec } from '../recount/testing/election-fixture.js';
import { verdictOf } from '../recount/verdict.js';

/** Two fixed boxes and a mobile one; 838 ballots returned in all, as in a village's count. */
function village(registeredVoters: number | undefined, registered: [number, number]): ElectionSpec {
  return {
    ...(registeredVoters !== undefined ? { registeredVoters } : {}),
    contests: [
      {
        id: 'chair',
        name: '主任',
        seats: 1,
        candidates: [
          ['a', '甲', 'female'],
          ['b', '乙'],
        ],
      },
    ],
    boxes: [
      { box: '中心会场', registered: registered[0], issued: 620, returned: 618, invalid: 8 },
      { box: '分会场', registered: registered[1], issued: 180, returned: 180, invalid: 2 },
      { box: '流动票箱1', registered: 0, issued: 40, returned: 40, invalid: 0 },
    ],
    votes: {
      中心会场: { chair: { a: 400, b: 200, '#blank': 10 } },
      分会场: { chair: { a: 100, b: 70, '#blank': 8 } },
      流动票箱1: { chair: { a: 20, b: 20 } },
    },
  };
}

function evaluate(spec: ElectionSpec, lang: 'zh' | 'en' = 'en') {
  const { election, sheets, tally } = electionFixture(spec);
  return evaluateElection({ election, pack: getRulePack('cn-village')!, sheets, tally, lang });
}

const castAboveElectorate = (result: ReturnType<typeof evaluate>) =>
  result.findings.filter(
    (f) => f.code === 'BALLOT_ACCOUNTING_MISMATCH' && f.box === null && f.contest === null,
  );

describe('ballots cast against the electorate', () => {
  it('is an error when more ballots are returned than there are registered voters', () => {
    const result = evaluate(village(800, [500, 300]));
    expect(castAboveElectorate(result)).toEqual([
      expect.objectContaining({ severity: 'error', expected: 800, found: 838 }),
    ]);
    expect(castAboveElectorate(result)[0]?.messages.en).toBe(
      '838 ballots were returned in all, more than the 800 registered voters: no one casts more than one ballot',
    );
    expect(castAboveElectorate(evaluate(village(800, [500, 300]), 'zh'))[0]?.messages.zh).toBe(
      '共收回选票838张，多于登记选民800人：每人至多投一张选票',
    );
    expect(verdictOf(result)).toBe('discrepancies');
  });

  it('is an error against an electorate of 0 stated by the election', () => {
    expect(castAboveElectorate(evaluate(village(0, [900, 300])))).toHaveLength(1);
  });

  it('is an error against the boxes’ sum when the election states no electorate', () => {
    expect(castAboveElectorate(evaluate(village(undefined, [500, 300])))).toHaveLength(1);
  });

  it('says nothing when the ballots are within the electorate, up to all of it', () => {
    expect(castAboveElectorate(evaluate(village(1200, [900, 300])))).toEqual([]);
    expect(castAboveElectorate(evaluate(village(838, [538, 300])))).toEqual([]);
  });

  it('says nothing when every box states 0 registered and the election no electorate: it is unknown', () => {
    expect(castAboveElectorate(evaluate(village(undefined, [0, 0])))).toEqual([]);
  });
});
