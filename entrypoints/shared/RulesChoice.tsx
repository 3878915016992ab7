import { getRulePack, isCalendarDate, RULE_PACK_FAMILIES, type AnnouncementRules } from '../../core/index.js';
import type { Lang, Messages } from './i18n';
import './rules-choice.css';

/** Whether, and by which rule pack and round, the announcement's own figures are judged. */
export function RulesChoice(props: {
  rules: AnnouncementRules | undefined;
  onChange: (rules: AnnouncementRules | undefined) => void;
  lang: Lang;
  t: Messages;
  /** Names the lists and the day for tests: `<prefix>-rules`, `<prefix>-round` and `<prefix>-date`. */
  testIdPrefix: string;
}) {
  const { rules, onChange, lang, t, testIdPrefix } = props;
  const hintId = `${testIdPrefix}-round-hint`;
  const dateHintId = `${testIdPrefix}-date-hint`;
  // The day of the vote, kept only when it is a calendar day (an input of type date gives YYYY-MM-DD or '').
  const withDate = (next: Omit<AnnouncementRules, 'date'>, day: string | undefined): AnnouncementRules =>
    day && isCalendarDate(day) ? { ...next, date: day } : next;
  return (
    <>
      <p class="rules-choice">
        <label>
          {t.judgeByPack}
          <select
            data-testid={`${testIdPrefix}-rules`}
            value={rules?.pack ?? ''}
            onChange={(event) => {
              const pack = event.currentTarget.value;
              onChange(pack ? withDate({ pack, round: rules?.round ?? 'first' }, rules?.date) : undefined);
            }}
          >
            <option value="">{t.packNone}</option>
            {/* A family is judged by its version in force on the day of the vote (announcement-pack.ts). */}
            {RULE_PACK_FAMILIES.map((family) => (
              <option key={family} value={family}>
                {getRulePack(family)?.name[lang] ?? family}
              </option>
            ))}
          </select>
        </label>{' '}
        {rules && (
          <label>
            {t.round}
            <select
              data-testid={`${testIdPrefix}-round`}
              aria-describedby={hintId}
              value={rules.round}
              onChange={(event) =>
                onChange(
                  withDate(
                    { pack: rules.pack, round: event.currentTarget.value === 'runoff' ? 'runoff' : 'first' },
                    rules.date,
                  ),
                )
              }
            >
              <option value="first">{t.roundFirst}</option>
              <option value="runoff">{t.roundRunoff}</option>
            </select>
          </label>
        )}{' '}
        {rules && (
          <label>
            {t.electionDay}
            <input
              type="date"
              data-testid={`${testIdPrefix}-date`}
              aria-describedby={dateHintId}
              value={rules.date ?? ''}
              onChange={(event) =>
                onChange(withDate({ pack: rules.pack, round: rules.round }, event.currentTarget.value))
              }
            />
          </label>
        )}
      </p>
      {/* A runoff's winners need other votes than the first round's: a reader must know which to choose. */}
      {rules && (
        <p class="hint round-hint" id={hintId} data-testid={hintId}>
          {t.roundHint}
        </p>
      )}
      {rules && (
        <p class="hint date-hint" id={dateHintId} data-testid={dateHintId}>
          {t.electionDayHint}
        </p>
      )}
    </>
  );
}
