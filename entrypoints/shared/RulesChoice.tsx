import { getRulePack, RULE_PACK_FAMILIES, type AnnouncementRules } from '../../core/index.js';
import type { Lang, Messages } from './i18n';
import './rules-choice.css';

/** Whether, and by which rule pack and round, the announcement's own figures are judged. */
export function RulesChoice(props: {
  rules: AnnouncementRules | undefined;
  onChange: (rules: AnnouncementRules | undefined) => void;
  lang: Lang;
  t: Messages;
  /** Names the two lists for tests: `<prefix>-rules` and `<prefix>-round`. */
  testIdPrefix: string;
}) {
  const { rules, onChange, lang, t, testIdPrefix } = props;
  const hintId = `${testIdPrefix}-round-hint`;
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
              onChange(pack ? { pack, round: rules?.round ?? 'first' } : undefined);
            }}
          >
            <option value="">{t.packNone}</option>
            {/* A notice's date is not read: a family is judged by its version in force today. */}
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
                onChange({
                  pack: rules.pack,
                  round: event.currentTarget.value === 'runoff' ? 'runoff' : 'first',
                })
              }
            >
              <option value="first">{t.roundFirst}</option>
              <option value="runoff">{t.roundRunoff}</option>
            </select>
          </label>
        )}
      </p>
      {/* A runoff's winners need other votes than the first round's: a reader must know which to choose. */}
      {rules && (
        <p class="hint round-hint" id={hintId} data-testid={hintId}>
          {t.roundHint}
        </p>
      )}
    </>
  );
}
