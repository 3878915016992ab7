// Public surface of core/rules.
export { RULE_PACKS, RULE_PACK_FAMILIES, getRulePack, packOfReceipt, packVersions } from './registry.js';
export {
  choosePack,
  chosen,
  inForceWords,
  isInForce,
  type ChoosePackInput,
  type PackChoice,
} from './choose-pack.js';
export { isCalendarDate, todayUtc } from './calendar-date.js';
export type { PackVersion, RulePack } from './rule-pack.js';
export { CN_VILLAGE, CN_VILLAGE_2018, CN_VILLAGE_2025 } from './cn-village.js';
export { CN_VILLAGE_BEIJING, CN_VILLAGE_SHANGHAI, CN_VILLAGE_ZHEJIANG_2020 } from './cn-village-provinces.js';
export {
  cnResidentsPack,
  RESIDENTS_ELECTORATES,
  type ResidentsElectorate,
  type ResidentsText,
} from './cn-residents.js';
export {
  CN_RESIDENTS_CHONGQING,
  CN_RESIDENTS_GANSU,
  CN_VILLAGE_CHONGQING,
  CN_VILLAGE_GUANGDONG,
  CN_VILLAGE_ZHEJIANG_2025,
} from './provinces-2025.js';
export { CN_PARTY_BRANCH_1990, CN_PARTY_BRANCH_2020 } from './cn-party-branch.js';
export { MAJORITY, PLURALITY } from './generic.js';
export {
  meetsThreshold,
  votesNeeded,
  describeThreshold,
  countedBaseName,
  THRESHOLD_BASE_NAMES,
} from './threshold.js';
export {
  vacancyStanding,
  describeVacancy,
  describeRunoffDeadline,
  type CommitteeOutcome,
  type VacancyStanding,
} from './vacancy.js';
