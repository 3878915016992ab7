import { CN_PARTY_BRANCH_1990, CN_PARTY_BRANCH_2020 } from './cn-party-branch.js';
import { cnResidentsPack, RESIDENTS_ELECTORATES } from './cn-residents.js';
import { CN_VILLAGE_2018, CN_VILLAGE_2025 } from './cn-village.js';
import { CN_VILLAGE_BEIJING, CN_VILLAGE_SHANGHAI, CN_VILLAGE_ZHEJIANG_2020 } from './cn-village-provinces.js';
import { isInForce } from './choose-pack.js';
import { todayUtc } from './calendar-date.js';
import { MAJORITY, PLURALITY } from './generic.js';
import {
  CN_RESIDENTS_CHONGQING,
  CN_RESIDENTS_GANSU,
  CN_VILLAGE_CHONGQING,
  CN_VILLAGE_GUANGDONG,
  CN_VILLAGE_ZHEJIANG_2025,
} from './provinces-2025.js';
import type { RulePack } from './rule-pack.js';

/**
 * Every pack the project provides, every version of it. A versioned pack's id is `<family>@<label>`;
 * `cn-residents` takes its electorate as a family suffix (`cn-residents:households@2018`).
 */
export const RULE_PACKS: readonly RulePack[] = [
  CN_VILLAGE_2018,
  CN_VILLAGE_2025,
  CN_VILLAGE_ZHEJIANG_2020,
  CN_VILLAGE_ZHEJIANG_2025,
  CN_VILLAGE_BEIJING,
  CN_VILLAGE_SHANGHAI,
  CN_VILLAGE_GUANGDONG,
  CN_VILLAGE_CHONGQING,
  ...RESIDENTS_ELECTORATES.flatMap((electorate) => [
    cnResidentsPack(electorate, '2018'),
    cnResidentsPack(electorate, '2025'),
  ]),
  ...CN_RESIDENTS_CHONGQING,
  ...CN_RESIDENTS_GANSU,
  CN_PARTY_BRANCH_1990,
  CN_PARTY_BRANCH_2020,
  PLURALITY,
  MAJORITY,
];

/** The families, in the order of RULE_PACKS: what an election's `rules` names to be judged by its date. */
export const RULE_PACK_FAMILIES: readonly string[] = [...new Set(RULE_PACKS.map((pack) => pack.family))];

const BY_ID = new Map(RULE_PACKS.map((pack) => [pack.id, pack]));

/** The versions of a family, oldest first. */
export function packVersions(family: string): RulePack[] {
  return RULE_PACKS.filter((pack) => pack.family === family).sort((a, b) =>
    (a.version?.from ?? '').localeCompare(b.version?.from ?? ''),
  );
}

/**
 * A pack by its exact id; or, given a family, its version in force on `date` (today by default).
 * An audit chooses with `choosePack`, which also says why.
 */
export function getRulePack(id: string, date: string = todayUtc()): RulePack | undefined {
  return BY_ID.get(id) ?? packVersions(id).find((pack) => isInForce(pack, date));
}

/**
 * The pack a receipt names: its exact id. Receipts signed before packs had versions name a family
 * alone; they were made under the family's first version, the only one there was.
 */
export function packOfReceipt(id: string): RulePack | undefined {
  return BY_ID.get(id) ?? packVersions(id)[0];
}
