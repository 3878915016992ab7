import { describeThreshold, type RulePack, type RulesVersion, type Threshold } from '../../../core/index.js';
import { describeVacancyRule } from '../../../core/rules/vacancy.js';
import type { Lang, Messages } from '../../shared/i18n.js';
import { versionLine } from '../../shared/version-line.js';
import { baseName } from './threshold-words.js';
import { VERSION_WORDS } from './version-words.js';

/** Labels and words for the provincial fields, kept with the only view that shows them. */
const PROVINCIAL_WORDS = {
  zh: {
    vacancy: '名额空缺',
    deadline: '另行选举期限',
    within: (days: number) => `${days}日内`,
    noDeadline: '所依据的规定没有期限',
    returned: '收回选票',
    againstVoters: '多于投票人数（签到投票的选民）的，选举无效；需计票单载明投票人数，未载明时不作此项检查',
    notCompetitiveVoids: '违反差额选举原则的，选举无效',
    margin: (percent: string) => `委员候选人的差额不少于应选人数的${percent}`,
    womenPost: '妇女委员职位',
    womenPostKept: '选票单列妇女委员职位；已当选成员中没有妇女的，另行选举时继续单列',
  },
  en: {
    vacancy: 'Seats left open',
    deadline: 'Runoff held',
    within: (days: number) => `within ${days} days`,
    noDeadline: 'no time limit set by the rules',
    returned: 'Ballots returned',
    againstVoters:
      'more than the voters who signed in voids the election; the sheets must state the voters, else this is not checked',
    notCompetitiveVoids: 'a breach of this voids the election',
    margin: (percent: string) =>
      `candidates for members exceed the seats by at least ${percent} of the seats`,
    womenPost: 'Woman member',
    womenPostKept:
      'a separate post on the ballot, kept in the runoff while no woman is among the members elected',
  },
} as const;

/** The days a version is in force, under a label that already says "in force" (no 施行 again). */
function daysInForce(version: NonNullable<RulePack['version']>, lang: Lang): string {
  if (lang === 'zh') return version.until ? `${version.from} 至 ${version.until}` : `${version.from} 起`;
  return version.until ? `${version.from} to ${version.until}` : `from ${version.from}`;
}

/**
 * A rule pack's parameters in plain words, each with the articles it comes from; first the version
 * applied (the text, its days in force) and why, as the audit will choose it.
 */
export function RulePackDetails({
  pack,
  version,
  lang,
  t,
}: {
  pack: RulePack;
  version?: RulesVersion;
  lang: Lang;
  t: Messages;
}) {
  const words = VERSION_WORDS[lang];
  const rule = (threshold: Threshold) => describeThreshold(threshold, baseName(pack, threshold.base))[lang];
  const provincial = PROVINCIAL_WORDS[lang];
  const margin = pack.minCandidateMargin;
  const competitive = [
    t.competitiveRule,
    ...(margin ? [provincial.margin(`${(margin.num * 100) / margin.den}%`)] : []),
    ...(pack.voidWhenNotCompetitive ? [provincial.notCompetitiveVoids] : []),
  ].join('; ');
  const rows: [string, string][] = [
    [t.quorumRule, pack.quorum ? rule(pack.quorum) : t.noQuorum],
    [t.electedRule, pack.firstRound ? rule(pack.firstRound) : t.mostVotesWin],
    [
      t.runoffRule,
      pack.unfilledSeats === 'vacant' ? t.unfilledVacant : pack.runoff ? rule(pack.runoff) : t.mostVotesWin,
    ],
    [t.minWomen, t.defaultWomen(pack.defaultMinWomen)],
    [t.candidates, pack.competitive ? competitive : t.notCompetitive],
    [t.invalid, pack.overvote === 'void-ballot' ? t.overvoteBallot : t.overvoteContest],
  ];
  if (pack.unfilledSeats === 'runoff')
    rows.push([
      provincial.deadline,
      pack.runoffWithinDays === undefined ? provincial.noDeadline : provincial.within(pack.runoffWithinDays),
    ]);
  if (pack.vacancy) rows.push([provincial.vacancy, describeVacancyRule(pack.vacancy)[lang]]);
  if (pack.voidWhenReturnedExceedsVoters) rows.push([provincial.returned, provincial.againstVoters]);
  if (pack.womenMemberPost) rows.push([provincial.womenPost, provincial.womenPostKept]);
  return (
    <section
      class="pack-details"
      aria-labelledby="pack-details-title"
      data-pack={pack.id}
      data-family={pack.family}
    >
      <h3 id="pack-details-title">
        {t.packRules}
        {t.colon}
        {pack.name[lang]}
      </h3>
      {/*
       * The version as a reader knows it: the text it encodes as cited, its days in force, and why it
       * applies, in the words of the notice page's version line. The pack's id (`cn-village@2018`) is
       * for files and the command line: it stays in `data-pack` and in election.json, not in the words.
       */}
      <dl class="pack-version" data-testid="pack-version">
        <div>
          <dt>{words.version}</dt>
          <dd data-testid="pack-statute">{pack.version ? pack.version.statute[lang] : pack.name[lang]}</dd>
        </div>
        {pack.version && (
          <div>
            <dt>{words.inForce}</dt>
            <dd>{daysInForce(pack.version, lang)}</dd>
          </div>
        )}
        {version && (
          <div>
            <dt>{words.why}</dt>
            <dd data-testid="pack-version-why">{versionLine(version, lang)}</dd>
          </div>
        )}
      </dl>
      <dl>
        {rows.map(([term, text]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <h4>{t.packSources}</h4>
      <ul class="pack-sources">
        {pack.sources.map((source, index) => (
          <li key={index}>{source[lang]}</li>
        ))}
      </ul>
      {pack.notes && pack.notes.length > 0 && (
        <>
          <h4>{t.packNotes}</h4>
          <ul>
            {pack.notes.map((note, index) => (
              <li key={index}>{note[lang]}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
