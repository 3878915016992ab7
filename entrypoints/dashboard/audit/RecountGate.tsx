import type { ComponentChildren } from 'preact';
import type { Contest, Election, Recount, SupermajorityRule } from '../../../core/index.js';
import { InputErrorList } from '../InputErrorList.js';
import { AUDIT_MATH_WORDS } from './audit-math-words.js';
import type { AuditSectionProps } from './AuditStep.js';
import { ContestChooser, contestOf } from './ContestChooser.js';

export interface ChosenRecount {
  readonly election: Election;
  readonly recount: Recount;
  readonly rule: SupermajorityRule | null;
  readonly contest: Contest;
}

/**
 * What a section working on the recount's sheets shows before its own content: why it cannot run
 * (no tally sheets, or they could not be read), or the contest chooser; then the content itself.
 */
export function RecountGate({
  step,
  children,
}: {
  step: AuditSectionProps;
  children: (chosen: ChosenRecount) => ComponentChildren;
}) {
  const { loaded, files, lang, t } = step;
  const words = AUDIT_MATH_WORDS[lang];
  if (!files.boxes || !files.tallies) return <p class="hint">{words.needsTallies}</p>;
  if (!loaded) return <p role="status">{words.readingRecount}</p>;
  if (!loaded.ok) return <InputErrorList errors={loaded.errors} lang={lang} t={t} />;
  const contest = contestOf(loaded.election.contests, step.contestId);
  if (!contest) return null;
  return (
    <>
      <ContestChooser
        label={words.contest}
        contests={loaded.election.contests}
        value={contest.id}
        onChange={step.onContest}
      />
      {children({ election: loaded.election, recount: loaded.recount, rule: loaded.rule, contest })}
    </>
  );
}
