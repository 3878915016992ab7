import { describe, expect, it } from 'vitest';
import { testElection } from '../ballots/testing/ballot-sources.js';
import { BLANK } from '../model/election.js';
import { EMPTY_DRAFT, dropLastMark, toggleMark, toggleVoid } from './ballot-draft.js';
import type { BallotRules, LiveBallot } from './live-ballot.js';
import { closeBallot, nextBallotNumber, reopenLastBallot, startTally, withDraft } from './live-tally.js';

const rules: BallotRules = { overvote: 'void-ballot' };
const chair = (key: string) => ({ contest: 'chair', key });

describe('a live tally', () => {
  it('closes ballots in order, numbered from 1, each counted once', () => {
    let state = startTally([], testElection, rules);
    state = withDraft(state, toggleMark(state.draft, chair('wang-lin')));
    const first = closeBallot(state, testElection, rules);
    expect(first.kind).toBe('closed');
    state = first.state;
    const second = closeBallot(state, testElection, rules); // nothing marked: blank in every contest
    expect(second.kind === 'closed' && second.ballot).toEqual({ number: 2, void: false, choices: {} });
    state = second.state;
    expect(nextBallotNumber(state)).toBe(3);
    expect(state.count.votes.get('chair')).toEqual(
      new Map([
        [BLANK, 1],
        ['wang-lin', 1],
      ]),
    );
  });

  it('a mark made twice is taken back; Backspace takes back the last mark, then the void mark', () => {
    const twice = toggleMark(toggleMark(EMPTY_DRAFT, chair('wang-lin')), chair('wang-lin'));
    expect(twice.marks).toEqual([]);
    const two = toggleMark(toggleMark(EMPTY_DRAFT, chair('wang-lin')), { contest: 'member', key: 'sun-tao' });
    expect(dropLastMark(two).marks).toEqual([chair('wang-lin')]);
    const voided = toggleVoid(two);
    expect(voided).toEqual({ void: true, marks: [] });
    expect(dropLastMark(voided)).toEqual(EMPTY_DRAFT);
  });

  it('refuses an overvote once, naming the contest, and records it as read when closed again', () => {
    let state = startTally([], testElection, rules);
    state = withDraft(state, toggleMark(toggleMark(state.draft, chair('wang-lin')), chair('li-hua')));
    const refused = closeBallot(state, testElection, rules);
    expect(refused).toMatchObject({ kind: 'overvote', contests: ['chair'] });
    expect(refused.state.ballots).toHaveLength(0);
    const confirmed = closeBallot(refused.state, testElection, rules);
    expect(confirmed.kind).toBe('closed');
    expect(confirmed.state.ballots[0]?.choices).toEqual({ chair: ['wang-lin', 'li-hua'] });
    expect(confirmed.state.count).toMatchObject({ ballots: 1, overvoted: 1 });
    expect(confirmed.state.count.votes.get('chair')?.get('wang-lin')).toBeUndefined();
  });

  it('a change to the ballot after the warning asks again', () => {
    let state = startTally([], testElection, rules);
    state = withDraft(state, toggleMark(toggleMark(state.draft, chair('wang-lin')), chair('li-hua')));
    state = closeBallot(state, testElection, rules).state;
    state = withDraft(state, toggleMark(state.draft, { contest: 'member', key: 'sun-tao' }));
    expect(closeBallot(state, testElection, rules).kind).toBe('overvote');
  });

  it('undo opens the last ballot again, its votes out of the count, only when nothing is being entered', () => {
    let state = startTally([], testElection, rules);
    state = withDraft(state, toggleMark(state.draft, chair('li-hua')));
    state = closeBallot(state, testElection, rules).state;
    state = withDraft(state, toggleMark(state.draft, chair('wang-lin')));
    expect(reopenLastBallot(state, testElection, rules)).toBeNull();
    state = withDraft(state, EMPTY_DRAFT);
    const undone = reopenLastBallot(state, testElection, rules)!;
    expect(undone.ballot.number).toBe(1);
    expect(undone.state.ballots).toEqual([]);
    expect(undone.state.draft.marks).toEqual([chair('li-hua')]);
    expect(undone.state.count.votes.get('chair')?.get('li-hua')).toBeUndefined();
    expect(nextBallotNumber(undone.state)).toBe(1);
    expect(reopenLastBallot(startTally([], testElection, rules), testElection, rules)).toBeNull();
  });

  it('resumes from stored ballots with their count', () => {
    const ballots: LiveBallot[] = [
      { number: 1, void: true, choices: {} },
      { number: 2, void: false, choices: { chair: ['li-hua'] } },
    ];
    const state = startTally(ballots, testElection, rules);
    expect(nextBallotNumber(state)).toBe(3);
    expect(state.count).toMatchObject({ ballots: 2, void: 1 });
  });
});
