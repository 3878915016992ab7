import type { AnnouncedFigure, ShareTerm, VotesFigure } from './announced-figures.js';

/** A name written in Chinese characters (张海燕, 欧阳·明) or in Latin letters (Pang Haiyan, O'Neil). */
const HAN_NAME = /^[\u3400-\u9fff·・]{2,6}$/;
const LATIN_NAME = /^[A-Za-z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,3}$/;

const key = (figure: VotesFigure) =>
  `${figure.contest?.id ?? ''}|${figure.contest?.text ?? ''}|${figure.scope ?? ''}|${figure.setting ?? ''}|${figure.value}`;

/**
 * A notice in Chinese and again in English (庞海燕得票2304票 … Pang Haiyan received 2,304 votes) states each
 * candidate twice, once in characters and once in letters. A candidate in letters whose votes, post and
 * place are those of exactly one candidate in characters, and no other candidate in letters has them, is
 * that candidate: the name in letters is replaced by the one in characters, in the votes, in the shares
 * of them and in the winners declared, so that one person is neither summed twice into a one-seat post nor tied with
 * herself. Two candidates with the same votes in one script, or votes that differ, are left as they are.
 */
export function withNamesInTwoScripts(figures: readonly AnnouncedFigure[]): readonly AnnouncedFigure[] {
  const votes = figures.filter((figure): figure is VotesFigure => figure.kind === 'votes');
  const han = new Map<string, VotesFigure[]>();
  const latin = new Map<string, VotesFigure[]>();
  for (const figure of votes) {
    const script = HAN_NAME.test(figure.candidate) ? han : LATIN_NAME.test(figure.candidate) ? latin : null;
    script?.set(key(figure), [...(script.get(key(figure)) ?? []), figure]);
  }
  const renamed = new Map<string, string>();
  for (const [at, inLetters] of latin) {
    const inCharacters = han.get(at);
    const [letters] = inLetters;
    const [characters] = inCharacters ?? [];
    if (inLetters.length !== 1 || inCharacters?.length !== 1 || !letters || !characters) continue;
    // One name in letters standing for two people (the same name with other votes) is no one's.
    const other = renamed.get(letters.candidate);
    renamed.set(
      letters.candidate,
      other === undefined || other === characters.candidate ? characters.candidate : '',
    );
  }
  for (const [letters, characters] of renamed) if (characters === '') renamed.delete(letters);
  if (renamed.size === 0) return figures;
  return figures.map((figure) => {
    if (figure.kind === 'votes') {
      const name = renamed.get(figure.candidate);
      return name === undefined ? figure : { ...figure, candidate: name };
    }
    // `Zhang Wei received 812 votes, 61.2% of the valid ballots`: the share is of the votes renamed.
    if (figure.kind === 'percent') {
      const renameTerm = (term: ShareTerm): ShareTerm => {
        const name = term.kind === 'votes' ? renamed.get(term.candidate) : undefined;
        return term.kind === 'votes' && name !== undefined ? { ...term, candidate: name } : term;
      };
      const [part, whole] = [renameTerm(figure.part), renameTerm(figure.whole)];
      return part === figure.part && whole === figure.whole ? figure : { ...figure, part, whole };
    }
    if (figure.kind === 'elected' && figure.names.some((name) => renamed.has(name))) {
      const names = [...new Set(figure.names.map((name) => renamed.get(name) ?? name))];
      return { ...figure, names };
    }
    return figure;
  });
}
