/**
 * `Voters: 1,480`, `Voters 1,480`, `- Voters: 1,480` (a bullet) under `Registered: 1,612`: a count labelled
 * `Voters` and nothing else.
 * English uses the word both for those on the register and for those who came to vote. Beside the
 * electorate named in its own words (registered, eligible, electors, electorate, with a number), the
 * bare label is set against it and names those who voted; with no electorate named it may be either,
 * and is listed unread (doubtful-label), never taken for one on a guess.
 */
const BARE_VOTERS = /^[^\S\n]*(?:[-–—*•][^\S\n]*)?(?:total[^\S\n]+)?voters[^\S\n]*(?:[:：][^\S\n]*)?$/i;
/** The electorate named with a number, before or after it: `Registered: 1,612`, `1,612 registered voters`. */
const ELECTORATE_NAMED =
  /\b(?:registered|eligible[^\S\n]+voters|electorate|electors)\b[^.;\n\d]{0,24}\d|\d[^\S\n]+(?:registered|eligible)[^\S\n]+(?:voters|electors)\b/i;

/** 'cast' when the label is a bare `Voters` set against a named electorate, 'doubtful' when not, else null. */
export function bareVotersLabel(label: string, text: string): 'cast' | 'doubtful' | null {
  if (!BARE_VOTERS.test(label)) return null;
  return ELECTORATE_NAMED.test(text) ? 'cast' : 'doubtful';
}
