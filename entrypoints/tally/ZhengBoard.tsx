import { BLANK, zhengMarks, type Election, type LiveCount, type OfferedChoice } from '../../core/index.js';
import type { TallyWords } from './tally-words.js';

/** The counting board: each name's votes so far as 正 marks and as a number, per contest. */
export function ZhengBoard({
  election,
  count,
  choices,
  w,
}: {
  election: Election;
  count: LiveCount;
  choices: readonly OfferedChoice[];
  w: TallyWords;
}) {
  return (
    <div class="board">
      {election.contests.map((contest) => {
        const votes = count.votes.get(contest.id);
        const rows = choices.filter((choice) => choice.contest === contest.id);
        return (
          <table key={contest.id} data-board={contest.id}>
            <caption>{contest.name}</caption>
            <tbody>
              {rows.map((choice) => {
                const n = votes?.get(choice.key) ?? 0;
                const { full, partial } = zhengMarks(n);
                return (
                  <tr key={choice.key} data-choice={choice.key} data-votes={n}>
                    <th scope="row">{choice.label}</th>
                    <td class="zheng" aria-hidden="true">
                      {'正'.repeat(full)}
                      {partial}
                    </td>
                    <td class="count">{w.votes(n)}</td>
                  </tr>
                );
              })}
              <tr data-choice={BLANK} data-votes={votes?.get(BLANK) ?? 0}>
                <th scope="row">{w.blankContest}</th>
                <td class="zheng" aria-hidden="true" />
                <td class="count">{w.votes(votes?.get(BLANK) ?? 0)}</td>
              </tr>
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
