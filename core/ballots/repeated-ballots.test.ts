import { describe, expect, it } from 'vitest';
import { count, partedSource, tallyObject, testElection, utf8 } from './testing/ballot-sources.js';
import { countBallots } from './count-ballots.js';
import { nobleSha256Hasher } from '../hash/noble-sha256-hasher.js';
import { addVotes, emptyTally } from '../model/tally.js';
import { compareBallotsWithSheets } from './compare-ballots-with-sheets.js';

const HEADER = 'box,ballot,void,chair,vice-chair,member\n';

async function counted(text: string, options: Parameters<typeof count>[1] = {}) {
  const result = await count(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('a ballot whose records repeat', () => {
  it('is counted once when its records are the same, and the finding names every line', async () => {
    const value = await counted(
      HEADER +
        'm,001,,wang-lin,zhou-qing,chen-mei\n' +
        'm,002,,li-hua,,\n' +
        'm,003,,wang-lin,,liu-yang|chen-mei\n' +
        // The same ballot keyed in again: names by name and in another order mean the same.
        'm,003,,王林,,陈梅|刘洋\n' +
        'm,003,0,wang-lin,, liu-yang |chen-mei\n',
    );
    expect(value.boxes.get('m')).toMatchObject({ records: 3, repeats: 2 });
    expect(tallyObject(value.tally).m!.chair).toEqual({ '#blank': 0, 'wang-lin': 2, 'li-hua': 1 });
    expect(value.uncertain).toMatchObject({ ballots: 0, records: 0, listed: [] });
    const [finding, ...rest] = value.findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'DUPLICATE_BALLOT',
      severity: 'error',
      box: 'm',
      found: '003',
      where: { file: 'ballots.csv', line: 5, column: 3 },
    });
    expect(finding!.messages.en).toBe(
      'ballot “003” of box “m” has 3 records (ballots.csv lines 4, 5 and 6); all the same: it is counted once',
    );
    expect(finding!.messages.zh).toBe(
      '票箱“m”的选票“003”有 3 条记录（ballots.csv 第 4、5、6 行），各条内容相同：只计一次',
    );
  });

  it('is counted once as its first record gives it when its records differ, and is uncertain', async () => {
    const value = await counted(
      HEADER +
        'm,001,,wang-lin,,\n' +
        'n,001,,li-hua,,\n' +
        'm,002,,wang-lin,,\n' +
        'm,001,,li-hua,,\n' +
        'm,002,1,,,\n',
    );
    expect(tallyObject(value.tally).m!.chair).toEqual({ '#blank': 0, 'wang-lin': 2 });
    expect(value.boxes.get('m')).toMatchObject({ records: 2, repeats: 2, void: 0 });
    expect(value.uncertain.ballots).toBe(2);
    expect(value.uncertain.records).toBe(4);
    expect([...value.uncertain.boxes]).toEqual([['m', { ballots: 2, records: 4 }]]);
    expect(value.uncertain.listed).toEqual([
      { box: 'm', ballot: '001', lines: [2, 5], records: 2 },
      { box: 'm', ballot: '002', lines: [4, 6], records: 2 },
    ]);
    expect(value.findings[0]!.messages.en).toBe(
      'ballot “001” of box “m” has 2 records (ballots.csv lines 2 and 5); the records differ: it is counted once, as line 2 records it; the records alone cannot show which one is really this ballot',
    );
    expect(value.findings[0]!.messages.zh).toContain('各条内容不同：按第 2 行计入一次');
  });

  it('gives the same count, findings and uncertainty at every chunk size, a repeat split across chunks', async () => {
    const text =
      HEADER +
      'm,001,,wang-lin,zhou-qing,chen-mei\n' +
      'm,"002",,li-hua,,\n' +
      'm,001,,wang-lin,zhou-qing,chen-mei\n' +
      'm,002,,"li-hua",,\n' +
      'm,003,,li-hua,,\n' +
      'm,003,,wang-lin,,\n';
    const whole = await counted(text);
    expect(whole.uncertain.ballots).toBe(1);
    expect(whole.boxes.get('m')).toMatchObject({ records: 3, repeats: 3 });
    for (const size of [1, 2, 3, 7, 40]) {
      const chunked = await counted(text, { sizes: [size] });
      expect(tallyObject(chunked.tally)).toEqual(tallyObject(whole.tally));
      expect(chunked.boxes).toEqual(whole.boxes);
      expect(chunked.findings).toEqual(whole.findings);
      expect(chunked.uncertain).toEqual(whole.uncertain);
    }
  });

  it('is refused when the file reads otherwise the second time (it changed meanwhile)', async () => {
    const first = utf8(HEADER + 'm,001,,wang-lin,,\nm,001,,wang-lin,,\n');
    const second = utf8(HEADER + 'm,001,,wang-lin,,\nm,001,,li-hua,,\n');
    let reads = 0;
    const source = {
      name: 'ballots.csv',
      role: 'ballots' as const,
      size: first.length,
      async *chunks() {
        yield reads++ === 0 ? first : second;
      },
    };
    const result = await countBallots(source, testElection, {
      overvote: 'void-ballot',
      lang: 'en',
      hasher: nobleSha256Hasher,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message.en).toContain('the file changed while it was read');
  });

  it('counts the same in two parts as in one', async () => {
    const body = Array.from({ length: 300 }, (_, i) => `m,${i},,wang-lin,,\n`).join('');
    const bytes = utf8(`${HEADER}${body}m,12,,li-hua,,\n`);
    const parted = await countBallots(partedSource(bytes), testElection, {
      overvote: 'void-ballot',
      lang: 'en',
      hasher: nobleSha256Hasher,
    });
    const single = await count(bytes);
    if (!parted.ok || !single.ok) throw new Error('unexpected input error');
    expect(parted.value.boxes).toEqual(single.value.boxes);
    expect(parted.value.findings).toEqual(single.value.findings);
    expect(parted.value.uncertain).toEqual(single.value.uncertain);
    expect(parted.value.uncertain.listed).toEqual([{ box: 'm', ballot: '12', lines: [14, 302], records: 2 }]);
  });
});

describe('a ballot whose records differ, against the tally sheet', () => {
  it('says where the difference is one those records could account for, and only there', async () => {
    const value = await counted(
      HEADER + 'm,001,,wang-lin,,\n' + 'm,002,,wang-lin,,\n' + 'm,002,,li-hua,,\n' + 'm,003,,li-hua,,\n',
    );
    // The sheet counted 002 for 李华 (1 王林, 2 李华) and states 4 returned: the records, 2 and 1, and 3.
    const tally = emptyTally();
    addVotes(tally, 'm', 'chair', 'wang-lin', 1);
    addVotes(tally, 'm', 'chair', 'li-hua', 2);
    addVotes(tally, 'm', 'vice-chair', 'zhou-qing', 3);
    const sheets = [{ box: 'm', issued: 5, returned: 4, invalid: 0 }];
    const findings = compareBallotsWithSheets(value, sheets, tally, testElection, 'en');
    const messages = findings.map((finding) => finding.message);
    expect(messages).toContain(
      'box “m” has 3 ballot records; its sheet states 4 returned (the box has 1 ballot whose repeated records differ, which could account for this difference)',
    );
    expect(messages).toContain(
      'box “m”, 主任, “王林”: 2 in the ballot records, 1 on the tally sheet (the box has 1 ballot whose repeated records differ, which could account for this difference)',
    );
    // Three more for 周青 than the records: no single uncertain ballot accounts for that.
    expect(messages).toContain('box “m”, 副主任, “周青”: 0 in the ballot records, 3 on the tally sheet');
  });
});
