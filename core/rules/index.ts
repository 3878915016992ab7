// Public surface of core/rules.
export { RULE_PACKS, getRulePack } from './registry.js';
export { CN_VILLAGE } from './cn-village.js';
export { CN_VILLAGE_BEIJING, CN_VILLAGE_SHANGHAI, CN_VILLAGE_ZHEJIANG } from './cn-village-provinces.js';
export { cnResidentsPack, type ResidentsElectorate } from './cn-residents.js';
export {
  CN_RESIDENTS_CHONGQING,
  CN_RESIDENTS_GANSU,
  CN_VILLAGE_CHONGQING,
  CN_VILLAGE_GUANGDONG,
  CN_VILLAGE_ZHEJIANG_2025,
} from './provinces-2025.js';
export { CN_PARTY_BRANCH } from './cn-party-branch.js';
export { MAJORITY, PLURALITY } from './generic.js';
export { meetsThreshold, votesNeeded, describeThreshold, THRESHOLD_BASE_NAMES } from './threshold.js';
export {
  vacancyStanding,
  describeVacancy,
  describeRunoffDeadline,
  type CommitteeOutcome,
  type VacancyStanding,
} from './vacancy.js';
