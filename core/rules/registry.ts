import { CN_PARTY_BRANCH } from './cn-party-branch.js';
import { cnResidentsPack } from './cn-residents.js';
import { CN_VILLAGE } from './cn-village.js';
import { CN_VILLAGE_BEIJING, CN_VILLAGE_SHANGHAI, CN_VILLAGE_ZHEJIANG } from './cn-village-provinces.js';
import { MAJORITY, PLURALITY } from './generic.js';
import {
  CN_RESIDENTS_CHONGQING,
  CN_RESIDENTS_GANSU,
  CN_VILLAGE_CHONGQING,
  CN_VILLAGE_GUANGDONG,
  CN_VILLAGE_ZHEJIANG_2025,
} from './provinces-2025.js';
import type { RulePack } from './rule-pack.js';

/** Every pack the project provides, by id. `cn-residents` takes its electorate as an id suffix. */
export const RULE_PACKS: readonly RulePack[] = [
  CN_VILLAGE,
  CN_VILLAGE_ZHEJIANG,
  CN_VILLAGE_ZHEJIANG_2025,
  CN_VILLAGE_BEIJING,
  CN_VILLAGE_SHANGHAI,
  CN_VILLAGE_GUANGDONG,
  CN_VILLAGE_CHONGQING,
  cnResidentsPack('all-residents'),
  cnResidentsPack('household-representatives'),
  cnResidentsPack('residents-representatives'),
  ...CN_RESIDENTS_CHONGQING,
  ...CN_RESIDENTS_GANSU,
  CN_PARTY_BRANCH,
  PLURALITY,
  MAJORITY,
];

const BY_ID = new Map(RULE_PACKS.map((pack) => [pack.id, pack]));

export function getRulePack(id: string): RulePack | undefined {
  return BY_ID.get(id);
}
