import type { Bilingual } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { getRulePack } from '../rules/registry.js';

/**
 * The rules a report applied, named as an observer knows them: the law's text with its date when the
 * pack encodes one (《中华人民共和国村民委员会组织法》（2018年12月29日修正）), otherwise the
 * counting rule's name in quotation marks ("Plurality"). Never the pack's id.
 */
export function lawWords(report: Report): Bilingual {
  const statute = report.rulesVersion?.statute ?? getRulePack(report.rules)?.version?.statute;
  if (statute) return { zh: statute.zh, en: `the ${statute.en}` };
  const name = getRulePack(report.rules)?.name;
  return name
    ? { zh: `“${name.zh}”规则`, en: `the “${name.en}” rules` }
    : { zh: report.rules, en: report.rules };
}
