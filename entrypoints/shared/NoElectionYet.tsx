import type { Messages } from './i18n.js';

/** Beside a picker that asks for an election.json: where one comes from, for whoever has none yet. */
export function NoElectionYet({ t }: { t: Messages }) {
  return (
    <p class="hint" data-way-in="election-form">
      {t.noElectionYet}
      <a href="/dashboard.html#election">{t.noElectionFill}</a>
      {t.noElectionThen}
    </p>
  );
}
