import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { messagesFor } from '../../entrypoints/shared/i18n.js';
import { sourceFiles } from './source-files.js';

/**
 * A label set before its value on a page ends with the colon of the page's language: `指纹：9C5E…`,
 * `Fingerprint: 9C5E…`. An ASCII colon typed after a label in a page's markup (`{t.fingerprint}: `)
 * put an English colon in every Chinese page (`指纹: 9C5E…`, `p 值: 0.5`): the colon comes from the
 * page's words instead (`t.colon`).
 */
const ROOT = join(import.meta.dirname, '../..');

/** Each JSX text that starts with `:` just after an expression: a colon typed after a label. */
function typedColons(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
      const children = node.children;
      children.forEach((child, index) => {
        const before = children[index - 1];
        if (ts.isJsxText(child) && child.text.startsWith(':') && before && ts.isJsxExpression(before)) {
          const { line } = source.getLineAndCharacterOfPosition(child.getStart());
          found.push(`${relative(ROOT, path)}:${line + 1}: ${before.getText()}${child.text.trimEnd()}`);
        }
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

it('no page types an ASCII colon after a label: the colon is the page language’s', () => {
  const files = sourceFiles(join(ROOT, 'entrypoints'), []).filter((path) => path.endsWith('.tsx'));
  expect(files.length).toBeGreaterThan(20);
  expect(files.flatMap(typedColons)).toEqual([]);
});

it('no page lists names with an English comma: the separator is the page language’s', () => {
  const files = sourceFiles(join(ROOT, 'entrypoints'), []).filter((path) => path.endsWith('.tsx'));
  const joined = files.filter((path) => /\.join\(', ?'\)/.test(readFileSync(path, 'utf8')));
  expect(joined.map((path) => relative(ROOT, path))).toEqual([]);
  expect(messagesFor('zh').listSeparator).toBe('，');
  expect(messagesFor('en').listSeparator).toBe(', ');
});

it('the colon after a label is full-width in Chinese and ASCII with a space in English', () => {
  expect(messagesFor('zh').colon).toBe('：');
  expect(messagesFor('en').colon).toBe(': ');
});
