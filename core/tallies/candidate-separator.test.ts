import { describe, expect, it } from 'vitest';
import { readElection } from './read-election.js';

// A ballot cell separates names with "|" (contract §3): a candidate whose name or id holds one would be
// read from ballots.csv as two names, and the ballots that chose them as overvotes, void.
const election = (candidate: { id: string; name: string }) =>
  new TextEncoder().encode(
    JSON.stringify({
      format: 'tallywitness.election/1',
      name: '柳溪村第十二届村民委员会选举',
      rules: 'cn-village',
      contests: [
        { id: 'member', name: '委员', seats: 3, candidates: [{ id: 'wu-gang', name: '吴刚' }, candidate] },
      ],
    }),
  );

describe('a “|” in a candidate’s name or id', () => {
  it('is refused at its JSON path, in both languages', () => {
    const read = readElection('election.json', election({ id: 'wang-fang', name: '王|芳' }));
    expect(read.ok ? [] : read.errors).toEqual([
      {
        file: 'election.json',
        path: '$.contests[0].candidates[1].name',
        message: {
          zh: '候选人名称“王|芳”含有“|”：选票记录中“|”用来分隔姓名，该名称会被读成两个人',
          en: 'candidate name “王|芳” holds “|”, which separates names in a ballot record: it would be read as two people',
        },
      },
    ]);
    const byId = readElection('election.json', election({ id: 'wang|fang', name: '王芳' }));
    expect(byId.ok ? [] : byId.errors.map((error) => error.path)).toEqual(['$.contests[0].candidates[1].id']);
  });
});
