import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { chooseCapturedText, makeCapture } from './capture-text';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('makeCapture', () => {
  test('keeps the text as given and hashes its UTF-8 bytes', () => {
    const text = '登记选民2100人，参加投票1476人。\n主任：陈建华897票';
    const capture = makeCapture({
      id: 'c1',
      text,
      url: 'http://127.0.0.1/notice.html',
      title: '选举结果公告',
      capturedAt: new Date(Date.UTC(2024, 4, 12, 8, 30, 5, 250)),
    });
    expect(capture).toEqual({
      id: 'c1',
      text,
      url: 'http://127.0.0.1/notice.html',
      title: '选举结果公告',
      capturedAt: '2024-05-12T08:30:05.250Z',
      sha256: sha256(text),
    });
  });

  test('the known SHA-256 of "abc"', () => {
    const capture = makeCapture({ id: 'x', text: 'abc', url: '', title: '', capturedAt: new Date(0) });
    expect(capture.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('chooseCapturedText', () => {
  const page = '青山村选举结果公告\n登记选民2100人，\n参加投票1476人。';
  const menu = '青山村选举结果公告 登记选民2100人， 参加投票1476人。';

  test("takes the page's selection, line breaks intact, when it is the menu's selection", () => {
    expect(chooseCapturedText(menu, page)).toBe(page);
  });

  test("takes the page's selection when the menu's text was cut short", () => {
    expect(chooseCapturedText(menu.slice(0, 12), page)).toBe(page);
  });

  test("keeps the menu's text when the page has no selection (a frame the script did not reach)", () => {
    expect(chooseCapturedText(menu, '')).toBe(menu);
    expect(chooseCapturedText(menu, null)).toBe(menu);
    expect(chooseCapturedText(menu, '  \n ')).toBe(menu);
  });

  test("keeps the menu's text when the page's selection is another one", () => {
    expect(chooseCapturedText(menu, '另一段文字 2100')).toBe(menu);
  });
});
