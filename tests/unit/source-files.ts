import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * The TypeScript sources below `dir` that ship (no tests, no declaration files), leaving out folders
 * named in `skipped` (test helpers, corpora, vectors).
 */
export function sourceFiles(dir: string, skipped: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skipped.includes(entry.name) ? [] : sourceFiles(path, skipped);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

/** Every string and template a source file holds, with its line; a template whole, each ${…} as X. */
export function stringsOf(path: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    const line = () => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node))
      found.push({ line: line(), text: node.text });
    else if (ts.isTemplateExpression(node)) {
      // The template's own text, each ${…} standing as one character: its quotes are the template's.
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      found.push({ line: line(), text: parts.join('X') });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every string of the shipped sources below `root`'s `dirs` that `flagged` picks, as `file:line: text`
 * (test helpers, corpora and vectors left out); with how many files were read, so a scan that read none fails.
 */
export function flaggedStrings(
  root: string,
  dirs: readonly string[],
  flagged: (text: string) => boolean,
): { files: number; found: string[] } {
  const files = dirs.flatMap((dir) => sourceFiles(join(root, dir), ['testing', 'corpus', 'vectors']));
  const found = files.flatMap((path) =>
    stringsOf(path)
      .filter((string) => flagged(string.text))
      .map((string) => `${relative(root, path)}:${string.line}: ${string.text}`),
  );
  return { files: files.length, found };
}
