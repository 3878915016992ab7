import type { AnnouncedFigure, ShareTerm } from './announced-figures.js';

/**
 * A rate named after the group counted just before it, standing alone in its clause
 * (`交叉任职3人，交叉任职率37.5%`, `连任的5人，连任率62.5%`): the share of that group, as `占37.5%` would be
 * — of the total the group is a part of. The rate's name must end the group's label (交叉任职 of
 * 村“两委”交叉任职) and be two characters or more; any other rate (完成率 after 15个村, a rate of
 * places) is not taken here.
 */
export function rateOfGroupJustRead(label: string, last: AnnouncedFigure | null): ShareTerm | null {
  if (last?.kind !== 'group' || last.places === true) return null;
  const named = RATE_ALONE.exec(label.trim())?.[1];
  if (named === undefined || !last.label.endsWith(named)) return null;
  return { kind: 'group', label: last.label };
}

/** `交叉任职率`, `交叉任职率为`, `连任率达到`: a name, 率, and at most a verb. */
const RATE_ALONE = /^([\u4e00-\u9fff“”"]{2,12}?)率\s*(?:为|达到?|是)?$/;
