/**
 * What a name looks like, for telling when two names that differ would be read as the same: compatibility
 * forms folded (full-width ｃ００１ → c001), accents and other combining marks dropped, invisible
 * characters (zero-width spaces and joiners, bidi controls, soft hyphens, variation selectors) and
 * spaces removed, Cyrillic and Greek letters that look Latin mapped to it, case ignored. Two names
 * with the same skeleton look alike on a sheet or a screen. Not a full Unicode confusables table
 * (UTS #39): the letters that occur in the ids and names of tally sheets.
 */
export function nameSkeleton(name: string): string {
  let out = '';
  for (const char of name.normalize('NFKC').normalize('NFD')) {
    if (INVISIBLE.test(char)) continue;
    out += LOOK_ALIKES.get(char) ?? char;
  }
  return out.toLowerCase();
}

/**
 * The name with every character that is invisible or looks like another written as `<U+XXXX>`, so a
 * message can show what differs: 陈<U+200B>建华, <U+0421>001.
 */
export function visibleName(name: string): string {
  let out = '';
  for (const char of name) {
    const hidden =
      char !== ' ' &&
      (INVISIBLE.test(char) ||
        LOOK_ALIKES.has(char) ||
        char.normalize('NFKC') !== char ||
        /\p{M}/u.test(char.normalize('NFD')));
    out += hidden ? `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>` : char;
  }
  return out;
}

/** Marks, format characters (zero-width, bidi, soft hyphen), variation selectors, controls, spaces. */
const INVISIBLE = /^[\p{M}\p{Cf}\p{Cc}\p{Z}\u115f\u1160\u3164\uffa0]$/u;

const LOOK_ALIKES: ReadonlyMap<string, string> = new Map(
  [
    // Cyrillic
    'Аa',
    'аa',
    'Вb',
    'Еe',
    'еe',
    'Кk',
    'Мm',
    'Нh',
    'Оo',
    'оo',
    'Рp',
    'рp',
    'Сc',
    'сc',
    'Тt',
    'уy',
    'Хx',
    'хx',
    'Іi',
    'іi',
    'Јj',
    'јj',
    'Ѕs',
    'ѕs',
    'ԁd',
    'һh',
    'ӏl',
    'Ԛq',
    'ԛq',
    'Ԝw',
    'ԝw',
    // Greek
    'Αa',
    'Βb',
    'Εe',
    'Ζz',
    'Ηh',
    'Ιi',
    'Κk',
    'Μm',
    'Νn',
    'Οo',
    'οo',
    'Ρp',
    'Τt',
    'Υy',
    'Χx',
    'ν' + 'v',
  ].map((pair) => [pair.charAt(0), pair.charAt(1)] as const),
);
