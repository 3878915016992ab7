import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files.js';

/**
 * English calls the results notice (选举结果公告) a "notice", everywhere a reader sees words: the pages,
 * the manifest's messages, the core's findings and the command line's text. "Announcement" is the
 * name of the contract only — the input role and JSON key `announcement`, the flag `--announcement`,
 * the format `tallywitness.announcement/1`, the rules id `announcement-only`, file names such as
 * `announcement.txt` — and of the laws' own publication numbers ("announcement no. 41").
 */
const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['entrypoints', 'core', 'cli'];

/** "announcement" standing as a word of prose: not part of a name, flag, path or file name. */
const PROSE = /(?<![\w.$/-])announcements?(?![\w./-])/i;
/** The contract's names, and the laws' publication numbers, taken out before looking. */
const CONTRACT_NAMES = [/^announcement$/, /announcement no\. \d+/gi];

function retiredWordIn(text: string): boolean {
  let rest = text;
  for (const name of CONTRACT_NAMES) rest = rest.replace(name, '');
  return PROSE.test(rest);
}

/** Every string a source file holds (literals, template parts, JSX text), with its line. */
function stringsOf(path: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    )
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('one English word for the results notice', () => {
  it('the check itself tells prose from the contract’s names', () => {
    expect(retiredWordIn('Show in the announcement')).toBe(true);
    expect(retiredWordIn('Announcement text')).toBe(true);
    expect(retiredWordIn("the announcement's date")).toBe(true);
    expect(retiredWordIn('announcements')).toBe(true);
    expect(retiredWordIn('announcement')).toBe(false);
    expect(retiredWordIn('needs --election (or --announcement alone)')).toBe(false);
    expect(retiredWordIn('"tallywitness.announcement/1"')).toBe(false);
    expect(retiredWordIn('rules: announcement-only')).toBe(false);
    expect(retiredWordIn('announcement.txt')).toBe(false);
    expect(retiredWordIn('$.payload.announcementSource.sha256')).toBe(false);
    expect(retiredWordIn('(adopted 4 December 2025, announcement no. 72, in force 1 January 2026)')).toBe(
      false,
    );
  });

  it('no string of the pages, the core or the command line says "announcement" in prose', () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir), ['testing']));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((path) =>
      stringsOf(path)
        .filter((string) => retiredWordIn(string.text))
        .map((string) => `${relative(ROOT, path)}:${string.line}: ${string.text}`),
    );
    expect(found).toEqual([]);
  });

  it('nor do the extension’s English messages and page titles', () => {
    const messages = JSON.parse(
      readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
    ) as Record<string, { message: string }>;
    expect(Object.values(messages).filter(({ message }) => retiredWordIn(message))).toEqual([]);
    const pages = readdirSync(join(ROOT, 'entrypoints'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        readdirSync(join(ROOT, 'entrypoints', entry.name)).map((name) => join(entry.name, name)),
      )
      .filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    const titles = pages.map((name) =>
      // The project's own pages, a few KB each.
      // eslint-disable-next-line regexp/no-super-linear-move
      readFileSync(join(ROOT, 'entrypoints', name), 'utf8').replace(/<[^>]*>/g, ' '),
    );
    expect(titles.filter(retiredWordIn)).toEqual([]);
  });
});
