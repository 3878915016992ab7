import { describe, expect, test } from 'vitest';
import { roleFromName } from './role-from-name.js';

describe('the input a file name says it is', () => {
  test('English and Chinese names, in any case', () => {
    expect(roleFromName('Election.JSON')).toBe('election');
    expect(roleFromName('election.json')).toBe('election');
    expect(roleFromName('选举定义.json')).toBe('election');
    expect(roleFromName('ballots-2024.csv')).toBe('ballots');
    expect(roleFromName('CVR.csv')).toBe('ballots');
    expect(roleFromName('tally.csv')).toBe('tallies');
    expect(roleFromName('计票单.csv')).toBe('tallies');
    expect(roleFromName('boxes.csv')).toBe('boxes');
    expect(roleFromName('票箱.csv')).toBe('boxes');
    expect(roleFromName('票箱统计.csv')).toBe('boxes');
    expect(roleFromName('公告.txt')).toBe('announcement');
    expect(roleFromName('announcement.txt')).toBe('announcement');
    expect(roleFromName('选举结果公告.txt')).toBe('announcement');
  });

  test('names that say nothing', () => {
    expect(roleFromName('data.csv')).toBeNull();
    expect(roleFromName('readme.md')).toBeNull();
    expect(roleFromName('notes.txt')).toBeNull();
  });

  test('the word for the election yields to the word for the file it names', () => {
    expect(roleFromName('election-2024-tallies.csv')).toBe('tallies');
    expect(roleFromName('election-2024-ballots.csv')).toBe('ballots');
    expect(roleFromName('election-announcement.txt')).toBe('announcement');
    expect(roleFromName('选举计票单.csv')).toBe('tallies');
  });

  test('the shorter words, each in the same breadth as its English one', () => {
    expect(roleFromName('results-notice.txt')).toBe('announcement');
    expect(roleFromName('选票.csv')).toBe('ballots');
    expect(roleFromName('计票结果.csv')).toBe('tallies');
    expect(roleFromName('选举.json')).toBe('election');
  });

  test('tally as a word, not the letters inside another (install, Tallinn)', () => {
    expect(roleFromName('install-notes.txt')).toBeNull();
    expect(roleFromName('Tallinn.csv')).toBeNull();
  });
});
