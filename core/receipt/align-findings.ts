import { canonicalJson } from './canonical-json.js';

type Keyed = (finding: unknown) => string;

const fieldsOf = (finding: unknown): Record<string, unknown> =>
  typeof finding === 'object' && finding !== null ? (finding as Record<string, unknown>) : {};

/** All a finding states, its wording and file name left out (as `incidentalToReport` leaves them out). */
const statedPart: Keyed = (finding) => {
  const { message: _message, messages: _messages, where, ...stated } = fieldsOf(finding);
  const place = typeof where === 'object' && where !== null ? { ...where, file: null } : (where ?? null);
  return canonicalJson({ ...stated, where: place });
};

/** What a finding is about, its figures aside: the same finding in a recount that found other figures. */
const subject: Keyed = (finding) => {
  const { code, severity, contest, candidate, box } = fieldsOf(finding);
  return canonicalJson([code, severity, contest ?? null, candidate ?? null, box ?? null]);
};

/**
 * `others` reordered to line up with `reference`, for comparing two reports' findings: each finding
 * takes the place of the reference's one that states the same (wording aside), else of one about the
 * same subject (code, severity, contest, candidate, box) that found other figures; a place nothing
 * takes stays a hole (undefined), and findings matching nothing follow at the end, in their own order.
 * The order findings are listed in is presentation (a later version may group them better): aligned,
 * two reports compare by what their findings state.
 */
export function alignFindings(reference: readonly unknown[], others: readonly unknown[]): unknown[] {
  const placed: (number | undefined)[] = reference.map(() => undefined);
  const used = new Set<number>();
  for (const key of [statedPart, subject]) {
    const free = new Map<string, number[]>();
    others.forEach((finding, index) => {
      if (used.has(index)) return;
      const keyOfFinding = key(finding);
      const same = free.get(keyOfFinding);
      if (same) same.push(index);
      else free.set(keyOfFinding, [index]);
    });
    reference.forEach((finding, place) => {
      if (placed[place] !== undefined) return;
      const index = free.get(key(finding))?.shift();
      if (index === undefined) return;
      placed[place] = index;
      used.add(index);
    });
  }
  const rest = others.map((_, index) => index).filter((index) => !used.has(index));
  return [...placed, ...rest].map((index) => (index === undefined ? undefined : others[index]));
}
