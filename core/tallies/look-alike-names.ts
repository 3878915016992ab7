import { nameSkeleton, visibleName } from '../text/name-skeleton.js';
import type { JsonProblems } from './json-fields.js';
import { childPath } from './json-path.js';

/**
 * Two names in one list that differ only in spaces, full- or half-width forms, case, invisible
 * characters or look-alike letters (陈 建华 and 陈建华, Ｌｉ and Li) cannot be told apart on a tally
 * sheet or a ballot: a vote written either way could be meant for either, and counting it to the one
 * it matches exactly would be a guess. Names that are exactly equal are reported elsewhere.
 */
export function reportLookAlikeNames(
  entries: readonly { name: string }[],
  paths: readonly string[],
  kind: { zh: string; en: string },
  problems: JsonProblems,
): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const skeleton = nameSkeleton(entry.name);
    const earlier = seen.get(skeleton);
    if (earlier === undefined) {
      seen.set(skeleton, index);
      return;
    }
    const other = entries[earlier]!.name;
    if (other === entry.name) return;
    problems.add(
      childPath(paths[index] ?? '$', 'name'),
      `${kind.zh}名称“${visibleName(entry.name)}”与 ${paths[earlier]} 的“${visibleName(other)}”只差空格、全角半角、大小写或形近字母，计票单和选票上无法区分`,
      `${kind.en} name “${visibleName(entry.name)}” differs from “${visibleName(other)}” at ${paths[earlier]} only in spaces, width, case or look-alike letters: tally sheets and ballots cannot tell them apart`,
    );
  });
}
