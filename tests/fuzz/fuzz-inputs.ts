// Generators of hostile input for the fuzz suite: text built from the pieces that broke readers
// before (quotes, line ends, NUL, BOM, escapes, invisible characters, full-width digits, lone
// surrogates, huge and odd numbers), JSON documents with one subtree replaced, removed or doubled,
// and bytes with one byte changed.
import fc from 'fast-check';

/** How many inputs each property tries: a few seconds per reader in CI, more with FUZZ_RUNS=…. */
export const RUNS = Number(process.env['FUZZ_RUNS'] ?? 40);

const PIECES = [
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '\u3000',
  '\u0000',
  '\ufeff',
  '\u001b[31m',
  '\u0007',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u00ad',
  '\ufe0f',
  '\u0301',
  '\ud800',
  '😀',
  '１',
  'ａ',
  'С',
  '0',
  '1',
  '9',
  '-1',
  '1.5',
  '1e400',
  '9007199254740993',
  '1,000',
  '#blank',
  '{',
  '}',
  '[',
  ']',
  ':',
  '\\',
  'box',
  'ballot',
  'void',
  'chair',
  'member',
  'central',
  '票箱',
  '主任',
  '委员',
  '王林',
  '陈建华',
  '当选',
  '得票',
  '弃权',
  '、',
  '，',
  '：',
  '%',
  '__proto__',
  'constructor',
] as const;

/** Text made of the pieces above and any characters. */
export const nastyText = fc
  .array(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string() }),
    {
      maxLength: 120,
    },
  )
  .map((parts) => parts.join(''));

/** Lines of comma-separated nasty cells under a given header. */
export const nastyCsv = (header: string) =>
  fc
    .array(fc.array(nastyText, { maxLength: 8 }), { maxLength: 20 })
    .map((rows) => [header, ...rows.map((cells) => cells.join(','))].join('\n'));

/** UTF-8 bytes of the text, sometimes with one byte changed or the text cut short. */
export const asBytes = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(text, fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }))), fc.option(fc.nat()))
    .map(([value, change, cut]) => {
      let bytes = new TextEncoder().encode(value);
      if (change && bytes.length > 0) bytes[change[0] % bytes.length] = change[1];
      if (cut !== null && bytes.length > 0) bytes = bytes.subarray(0, cut % bytes.length);
      return bytes;
    });

type Json = unknown;

/** Every subtree of a JSON value, with a way to replace or remove it. */
function places(root: Json): { set: (value: Json) => void; remove: () => void }[] {
  const found: { set: (value: Json) => void; remove: () => void }[] = [];
  const walk = (value: Json) => {
    if (typeof value !== 'object' || value === null) return;
    const container = value as Record<string, Json> | Json[];
    for (const key of Object.keys(container)) {
      found.push({
        set: (next) => ((container as Record<string, Json>)[key] = next),
        remove: () => (Array.isArray(container) ? container.splice(Number(key), 1) : delete container[key]),
      });
      walk((container as Record<string, Json>)[key]);
    }
  };
  walk(root);
  return found;
}

/** A JSON document made from `base` with a few subtrees replaced by any JSON, removed, or a key doubled. */
export const mutatedJson = (base: Json) =>
  fc
    .array(
      fc.tuple(fc.nat(), fc.constantFrom('replace', 'remove', 'double'), fc.jsonValue({ maxDepth: 3 })),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((edits) => {
      const copy = structuredClone(base);
      for (const [at, edit, value] of edits) {
        const all = places(copy);
        if (all.length === 0) break;
        const place = all[at % all.length]!;
        if (edit === 'replace') place.set(value);
        else if (edit === 'remove') place.remove();
      }
      let text = JSON.stringify(copy, null, 1);
      const doubled = edits.find(([, edit]) => edit === 'double');
      if (doubled) {
        // A key given twice: the text form JSON.stringify never writes.
        // JSON.stringify's lines: after each line end only the indent, then a key or a value, so no search
        // runs along a run of line ends.
        // eslint-disable-next-line regexp/no-super-linear-move
        const keys = [...text.matchAll(/\n\s*("[^"\n]*"): ([^\n]*?),?\n/g)];
        const pick = keys[doubled[0] % Math.max(1, keys.length)];
        if (pick)
          text = text.replace(pick[0], `${pick[0].trimEnd().replace(/,$/, '')},\n${pick[1]}: ${pick[2]},\n`);
      }
      return text;
    });
