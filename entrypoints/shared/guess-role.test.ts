import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guessRole, nistFormatOfFile, notTheElection, roleFromContent } from './guess-role';
import { messagesFor } from './i18n';

const sample = (name: string) =>
  readFileSync(new URL(`../../samples/qingshan-village/${name}`, import.meta.url));

const file = (name: string, bytes: Uint8Array<ArrayBuffer> | string) =>
  Object.assign(new Blob([bytes]), { name });

describe('a role from the first bytes', () => {
  test('NIST files by their content, whatever they are called: election reports and cast vote records', async () => {
    const report = '{"@type": "ElectionResults.ElectionReport", "Election": []}';
    const records = '{\n  "@type" : "CVR.CastVoteRecordReport",\n  "CVR" : [ {';
    expect(roleFromContent(report)).toBe('election');
    expect(roleFromContent(records)).toBe('ballots');
    expect(roleFromContent('{"CVR":[{"@type":"CVR","CurrentSnapshotId":"s1"')).toBe('ballots');
    expect(await guessRole(file('tallies.json', records), 'boxes')).toBe('ballots');
    expect(await nistFormatOfFile(file('x.json', report))).toBe('nist-election-report');
    expect(await nistFormatOfFile(file('ballots.csv', sample('ballots.csv')))).toBeNull();
  });

  test('the sample files, each by its content', () => {
    const head = (name: string) => sample(name).subarray(0, 4096).toString('utf8');
    expect(roleFromContent(head('election.json'))).toBe('election');
    expect(roleFromContent(head('announcement.json'))).toBe('announcement');
    expect(roleFromContent(head('tallies.csv'))).toBe('tallies');
    expect(roleFromContent(head('ballots.csv'))).toBe('ballots');
    expect(roleFromContent(head('boxes.csv'))).toBe('boxes');
    expect(roleFromContent(head('announcement.txt'))).toBe('announcement');
  });
  test('Chinese headers, a BOM and CRLF', () => {
    expect(roleFromContent('\uFEFF票箱, 职位 ,候选人,得票\r\n中心,主任,王林,70')).toBe('tallies');
    expect(roleFromContent('票箱,登记,发出选票,收回\r\n')).toBe('boxes');
    // Every wording the readers accept, units in brackets included, is recognised as they read it.
    expect(
      roleFromContent('票箱,登记选民（人）,发出选票（张）,收回选票（张）,无效票\n主会场,700,500,498,6\n'),
    ).toBe('boxes');
    expect(roleFromContent('票箱,登记选民,发放选票,收回选票,无效票\n主会场,700,500,498,6\n')).toBe('boxes');
    expect(roleFromContent('票箱,职务,候选人姓名,得票数(票)\n主会场,主任,张明,300\n')).toBe('tallies');
    expect(roleFromContent('"票箱","职位","候选人","票数"\n主会场,主任,张明,300\n')).toBe('tallies');
  });
  test('a header below a title block, as a titled sheet is saved to CSV, and as the readers pass over it', () => {
    const title = '青山村第十一届村民委员会选举计票单,,,\r\n2024年5月1日,,,\r\n,,,\r\n';
    expect(roleFromContent(title + '票箱,职位,候选人,得票\r\n中心,主任,王林,70\r\n')).toBe('tallies');
    expect(roleFromContent('青山村投票记录\nbox,ballot,chair\ncentre,1,Wang\n')).toBe('ballots');
    expect(roleFromContent('\uFEFF青山村票箱统计\n票箱,登记,发出选票,收回\n')).toBe('boxes');
    // Twenty title rows at most, as the readers take; a row with a count ends the title block.
    expect(roleFromContent('标题\n'.repeat(20) + 'box,ballot,chair\n')).toBe('ballots');
    expect(roleFromContent('标题\n'.repeat(21) + 'box,ballot,chair\n')).toBe('announcement');
    expect(roleFromContent('青山村选举结果公告\n共发出选票,1203\nbox,ballot,chair\n')).toBe('announcement');
    // A tab-separated row is no title.
    expect(roleFromContent('票箱\t职位\n职位,得票\n')).toBe('announcement');
  });
  test('nothing to go on: empty text, JSON without a tag, a CSV of boxes with no known column', () => {
    expect(roleFromContent('')).toBeNull();
    expect(roleFromContent('  {"name": "x"}')).toBeNull();
    expect(roleFromContent('box,x,y\n')).toBeNull();
    // Prose-looking text is an announcement.
    expect(roleFromContent('青山村选举结果公告')).toBe('announcement');
  });
});

describe('guessing a file', () => {
  test('content beats the name for structured files', async () => {
    expect(await guessRole(file('boxes.csv', sample('tallies.csv')), 'ballots')).toBe('tallies');
  });
  test('a name beats content that only looks like prose', async () => {
    expect(await guessRole(file('计票单.csv', 'chair 王林 70'), 'ballots')).toBe('tallies');
    expect(await guessRole(file('notes.txt', 'chair 王林 70'), 'ballots')).toBe('announcement');
    // The name read as the verify page reads it (roleFromName): the election's word yields to the file's.
    expect(await guessRole(file('election-2024-tallies.txt', 'chair 王林 70'), 'ballots')).toBe('tallies');
  });
  test('a tally sheet with a title above its header, under a name that says nothing, is tally sheets', async () => {
    const sheet = '青山村第十一届村民委员会选举计票单\n票箱,职位,候选人,得票\n中心,主任,王林,70\n';
    expect(await guessRole(file('data.csv', sheet), 'ballots')).toBe('tallies');
  });
  test('the fallback when neither says anything', async () => {
    expect(await guessRole(file('data.json', '{"rows": []}'), 'boxes')).toBe('boxes');
  });
  test('a GB18030 spreadsheet export is read as such', async () => {
    // 职位,得票 in GB18030: not valid UTF-8.
    const bytes = new Uint8Array([0xd6, 0xb0, 0xce, 0xbb, 0x2c, 0xb5, 0xc3, 0xc6, 0xb1, 0x0a]);
    expect(await guessRole(file('export.csv', bytes), 'boxes')).toBe('tallies');
  });
  test('a character cut at the sniffing limit does not turn UTF-8 into GB18030', async () => {
    // A Chinese header, then filler so that 王 (three bytes in UTF-8) straddles byte 4096. Read as
    // GB18030, the header would be mojibake and the file taken for prose.
    const header = '职位,得票\n';
    const filler = 'x'.repeat(4095 - new TextEncoder().encode(header).length);
    expect(await guessRole(file('data.csv', header + filler + '王'), 'boxes')).toBe('tallies');
  });
  test('an .xlsx workbook is tally sheets, or box accounts when its name says so', async () => {
    const workbook = new Uint8Array(sample('tally-sheets.xlsx'));
    expect(await guessRole(file('县汇总.xlsx', workbook), 'announcement')).toBe('tallies');
    expect(await guessRole(file('票箱统计.xlsx', workbook), 'announcement')).toBe('boxes');
  });
});

describe('a prose file whose name says 选举', () => {
  test('is the notice, not the election definition, which is JSON', async () => {
    const notice = file('青山村选举情况.txt', '青山村第十一届村民委员会选举情况\n本次选举登记选民2100人。');
    expect(await guessRole(notice, 'ballots')).toBe('announcement');
  });
});

describe('a file given as the election that is plainly something else', () => {
  test('the sample’s other files are named by their content; an election, even broken, is not', async () => {
    expect(await notTheElection(file('boxes.csv', sample('boxes.csv')))).toBe('boxes');
    expect(await notTheElection(file('tallies.csv', sample('tallies.csv')))).toBe('tallies');
    expect(await notTheElection(file('ballots.csv', sample('ballots.csv')))).toBe('ballots');
    expect(await notTheElection(file('公告.txt', sample('announcement.txt')))).toBe('announcement');
    expect(await notTheElection(file('tally-sheets.xlsx', sample('tally-sheets.xlsx')))).toBe('tallies');
    expect(await notTheElection(file('election.json', sample('election.json')))).toBeNull();
    // A definition with a syntax error is still a definition: its own error says what to correct.
    const broken = sample('election.json').toString('utf8').replace('"contests"', '"contests" "');
    expect(await notTheElection(file('election.json', broken))).toBeNull();
    expect(await notTheElection(file('x.json', '{"name": '))).toBeNull();
  });

  test('the page says what the file is and the next step, in each language', () => {
    const zh = messagesFor('zh');
    expect(zh.notElection('boxes.csv', zh.roles.boxes)).toBe(
      '“boxes.csv”不是选举定义，按内容是票箱统计。请在它旁边的类型选择框中选“票箱统计”（文件会移到应放的那一步），再在这里选择选举定义文件 election.json。',
    );
    const en = messagesFor('en');
    expect(en.notElection('boxes.csv', en.roles.boxes)).toContain(
      'its content is that of the box accounting. Choose “box accounting” as its type',
    );
  });
});
