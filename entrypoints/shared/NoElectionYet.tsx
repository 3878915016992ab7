import type { Messages } from './i18n.js';

/**
 * Beside a picker that asks for an election.json: where one comes from, for whoever has none yet. On the
 * Audit page (`inAudit`) the form is on the same page and its "Use in the audit" brings the election
 * straight here; elsewhere the form's file is downloaded and chosen again.
 */
export function NoElectionYet({ t, inAudit = false }: { t: Messages; inAudit?: boolean }) {
  return (
    <p class="hint" data-way-in="election-form">
      {t.noElectionYet}
      <a href={inAudit ? '#election' : '/dashboard.html#election'}>{t.noElectionFill}</a>
      {inAudit ? t.noElectionThenAudit : t.noElectionThen}
    </p>
  );
}
