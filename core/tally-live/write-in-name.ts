import type { Bilingual } from '../model/finding.js';
import { choiceResolver } from '../model/choice.js';
import { BLANK, type Contest } from '../model/election.js';

/**
 * A name typed as a write-in (另选他人), made a tally key: trimmed; a candidate's name or id is that
 * candidate. Refused when it could not be written in a ballots.csv cell and read back the same.
 */
export function writeInKey(
  contest: Contest,
  typed: string,
):
  | { readonly ok: true; readonly key: string; readonly writeIn: boolean }
  | { readonly ok: false; readonly message: Bilingual } {
  const name = typed.trim();
  if (name === '') return { ok: false, message: { zh: '请填写姓名', en: 'type a name' } };
  if (name === BLANK || name.includes('|') || /[\r\n]/.test(name))
    return {
      ok: false,
      message: {
        zh: '姓名中不能有“|”、换行或写作 #blank',
        en: 'a name cannot hold “|” or a line break, nor be #blank',
      },
    };
  const key = choiceResolver(contest).key(name);
  return { ok: true, key, writeIn: !contest.candidates.some((candidate) => candidate.id === key) };
}
