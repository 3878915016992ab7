import type { Bilingual } from '../model/finding.js';
import type { RulesVersion, VersionChoice } from '../model/report.js';
import type { RulePack } from './rule-pack.js';

export type PackChoice =
  | { readonly ok: true; readonly pack: RulePack; readonly version: RulesVersion }
  | { readonly ok: false; readonly field: 'rules' | 'date'; readonly message: Bilingual };

export interface ChoosePackInput {
  /** `election.json`'s `rules`: a family (`cn-village`) or one version (`cn-village@2018`). */
  readonly rules: string;
  /** `election.json`'s `date`, when given. */
  readonly date?: string;
  /** Today, `YYYY-MM-DD`: what a family without a date is judged by. */
  readonly today: string;
  /** What has no date, when the family is judged by today's version; the election definition by default. */
  readonly undated?: Bilingual;
  /** The exact version to apply whatever the rest says (a receipt's), and who named it. */
  readonly pinned?: { readonly id: string; readonly by: Bilingual };
}

const UNDATED_ELECTION: Bilingual = {
  zh: '选举定义未写日期（date）',
  en: 'the election definition gives no date',
};

/** The days a version is in force, as people read them: `2018-12-29 – 2025-12-31` or `2026-01-01 起`. */
export function inForceWords(pack: RulePack): Bilingual {
  const version = pack.version;
  if (!version) return { zh: '不分版本，任何日期适用', en: 'no versions: applies on any date' };
  return version.until
    ? { zh: `${version.from} 至 ${version.until} 施行`, en: `in force ${version.from} to ${version.until}` }
    : { zh: `${version.from} 起施行`, en: `in force from ${version.from}` };
}

export const isInForce = (pack: RulePack, date: string): boolean =>
  !pack.version || (pack.version.from <= date && (!pack.version.until || date <= pack.version.until));

/**
 * Chooses the pack an election is judged by, among `packs`: a versioned id or a pinned one exactly;
 * a family by the version in force on the election's date, else today (saying so). A family with no
 * version in force that day is an error naming the versions there are.
 */
export function choosePack(packs: readonly RulePack[], input: ChoosePackInput): PackChoice {
  const { rules, date, today, pinned } = input;
  if (pinned) {
    const pack = packs.find((candidate) => candidate.id === pinned.id);
    if (!pack) return unknown(packs, pinned.id);
    return chosen(pack, 'pinned', null, {
      zh: `${pinned.by.zh}指定 ${pack.id}（${inForceWords(pack).zh}）`,
      en: `${pack.id} as ${pinned.by.en} names it (${inForceWords(pack).en})`,
    });
  }
  const exact = packs.find((candidate) => candidate.id === rules);
  if (exact && !exact.version)
    return chosen(exact, 'unversioned', null, {
      zh: `${exact.id} 不分版本，任何日期适用`,
      en: `${exact.id} has no versions and applies on any date`,
    });
  if (exact) return chosen(exact, 'pinned', null, pinnedByElection(exact, date));
  const versions = packs.filter((candidate) => candidate.family === rules);
  if (versions.length === 0) return unknown(packs, rules);
  const day = date ?? today;
  const pack = versions.find((candidate) => isInForce(candidate, day));
  if (!pack) {
    const list = versions.map((candidate) => `${candidate.id}（${inForceWords(candidate).zh}）`).join('，');
    const listEn = versions.map((candidate) => `${candidate.id} (${inForceWords(candidate).en})`).join(', ');
    return {
      ok: false,
      field: date ? 'date' : 'rules',
      message: {
        zh: `${day} 没有施行中的 ${rules} 版本（现有：${list}）`,
        en: `no version of ${rules} is in force on ${day} (there are: ${listEn})`,
      },
    };
  }
  const words = inForceWords(pack);
  return date
    ? chosen(pack, 'election-date', date, {
        zh: `选举日期 ${date} 适用 ${pack.id}（${words.zh}）`,
        en: `the election's date, ${date}, picks ${pack.id} (${words.en})`,
      })
    : chosen(pack, 'today', today, {
        zh: `${(input.undated ?? UNDATED_ELECTION).zh}，按今天 ${today} 施行的版本 ${pack.id}（${words.zh}）；请写明选举日期以适用当日施行的版本`,
        en: `${(input.undated ?? UNDATED_ELECTION).en}, so ${pack.id}, in force today (${today}), applies (${words.en}); give the election's date to apply the version in force that day`,
      });
}

function pinnedByElection(pack: RulePack, date: string | undefined): Bilingual {
  const words = inForceWords(pack);
  if (date && !isInForce(pack, date))
    return {
      zh: `选举定义指定按 ${pack.id}（${words.zh}），但选举日期 ${date} 不在其施行期间`,
      en: `the rules name ${pack.id} (${words.en}), though the election's date, ${date}, is outside those days`,
    };
  return {
    zh: `选举定义指定按 ${pack.id}（${words.zh}）`,
    en: `the rules name ${pack.id} (${words.en})`,
  };
}

/** The choice of `pack`, by `chosenBy`, for `date`, with the words saying why (and the version's caveat). */
export function chosen(
  pack: RulePack,
  chosenBy: VersionChoice,
  date: string | null,
  words: Bilingual,
): PackChoice {
  const version = pack.version;
  const caveat = version?.caveat;
  const reason = caveat
    ? { zh: `${words.zh}。注意：${caveat.zh}`, en: `${words.en}. Note: ${caveat.en}` }
    : words;
  return {
    ok: true,
    pack,
    version: {
      id: pack.id,
      statute: version?.statute ?? null,
      from: version?.from ?? null,
      until: version?.until ?? null,
      chosenBy,
      date,
      reason,
    },
  };
}

function unknown(packs: readonly RulePack[], id: string): PackChoice {
  const known = [...new Set(packs.map((pack) => pack.family))].join(', ');
  const ids = packs
    .filter((pack) => pack.version)
    .map((pack) => pack.id)
    .join(', ');
  return {
    ok: false,
    field: 'rules',
    message: {
      zh: `无法识别的规则：${id}（可用：${known}；或指定版本：${ids}）`,
      en: `unknown rules: ${id} (known: ${known}; or a version: ${ids})`,
    },
  };
}
