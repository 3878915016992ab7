/**
 * A person's sex set off right after an English name, as notices translated from Chinese write the
 * （女） of 李娜（女）: `Zhou Min (female)`, `Li Na (F)`, `Chen Gang (male)`, `Wang Fang, female,`. It says
 * who the person is, no more than an age set off so does (`Li Na, 52,`): the name before it is still the
 * subject of the votes and of the declaration after it. Only the sex alone: a bracket holding anything
 * else (a post, a count) is not this note.
 */
const SEX_WORD = String.raw`(?:[Ff]emale|[Mm]ale|[Ww]oman|F|M)`;

/** The note as a regular expression's source, right after the name (no group). */
export const EN_SEX_SET_OFF = String.raw`[^\S\n]{0,2}\([^\S\n]{0,2}${SEX_WORD}[^\S\n]{0,2}\)|,[^\S\n]{1,2}(?:[Ff]emale|[Mm]ale),`;

/** The note closing a name as the declaration's list cut it (`Zhou Min (female)`): its length, else 0. */
const SEX_NOTE_AT_END = new RegExp(String.raw`[^\S\n]{0,2}\([^\S\n]{0,2}${SEX_WORD}[^\S\n]{0,2}\)[^\S\n]*$`);
export function sexNoteAtEnd(name: string): number {
  return SEX_NOTE_AT_END.exec(name)?.[0].length ?? 0;
}
