// Public surface of core/text: decoding input files and locating places in their text.
export { decodeText, undecodableError, type DecodedText, type TextEncodingName } from './decode-text.js';
export { lineIndex, positionAt, type LineIndex, type TextPosition } from './text-position.js';
export { parseJson } from './parse-json.js';
export { jsonSyntaxErrorOffset } from './json-syntax-error.js';
export { englishCount, enCounts, groupedCount } from './english-count.js';
export { literalPattern } from './literal-pattern.js';
export { asciiForm, withAsciiForms } from './ascii-forms.js';
