import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files.js';

/**
 * English messages write a count with its thousands grouped (1,454), as the pages do: the core's
 * English words (`en:` of a message) put no bare number or bigint into a template; a count goes
 * through `enCounts`, `groupedCount` or `englishCount`. A number that labels rather than counts (a
 * line, row or column, a byte offset, a ballot's number in a live tally, a JSON index) is written as
 * it is; so are a share's numerator and denominator.
 */
const ROOT = join(import.meta.dirname, '../..');
const CORE = join(ROOT, 'core');

/** What a number labels, by its name or by the word before it: never grouped. */
const LABEL_NAME =
  /(?:^|\.)(?:line|lines|row|rows|column|offset|at|index|number|num|den)\b|\blines\[|\[\d\]$/i;
const LABEL_BEFORE =
  /(?:\b(?:lines?|rows?|column|offset|ballots?|round|draw)|\bNo\.|#|\[|\/|–)\s*$|\b(?:ballots|lines|rows) X and\s*$/;

function numeric(type: ts.Type): boolean {
  const flags = ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike;
  return type.isUnion() ? type.types.some((part) => (part.flags & flags) !== 0) : (type.flags & flags) !== 0;
}

/** Each bare number put into an English template of an `en:` message, as `file:line: ${expression}`. */
function ungroupedCounts(): { files: number; found: string[] } {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(CORE, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  if (!parsed) throw new Error('core/tsconfig.json cannot be read');
  const shipped = new Set(
    sourceFiles(CORE, ['testing', 'corpus', 'vectors', 'corpus-real', 'corpus-written']),
  );
  const program = ts.createProgram([...shipped], parsed.options);
  const checker = program.getTypeChecker();
  const found: string[] = [];
  const inTemplate = (template: ts.TemplateExpression, source: ts.SourceFile) => {
    const tagged = ts.isTaggedTemplateExpression(template.parent);
    if (tagged && template.parent.tag.getText(source) === 'enCounts') return;
    // The words so far, each ${…} as X: "lines X and " labels the number after it too.
    let before = template.head.text;
    for (const span of template.templateSpans) {
      const text = span.expression.getText(source);
      if (
        numeric(checker.getTypeAtLocation(span.expression)) &&
        !LABEL_NAME.test(text) &&
        !LABEL_BEFORE.test(before)
      ) {
        const line = source.getLineAndCharacterOfPosition(span.getStart(source)).line + 1;
        found.push(`${relative(ROOT, source.fileName)}:${line}: \${${text}}`);
      }
      before += 'X' + span.literal.text;
    }
  };
  for (const source of program.getSourceFiles()) {
    if (!shipped.has(source.fileName)) continue;
    const visit = (node: ts.Node, english: boolean): void => {
      if (english && ts.isTemplateExpression(node)) inTemplate(node, source);
      const isEn = ts.isPropertyAssignment(node) && node.name.getText(source) === 'en';
      ts.forEachChild(node, (child) => visit(child, english || isEn));
    };
    visit(source, false);
  }
  return { files: shipped.size, found };
}

describe('English counts grouped', () => {
  it('no English message of the core puts a bare count into its words', { timeout: 300_000 }, () => {
    const { files, found } = ungroupedCounts();
    expect(files).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
