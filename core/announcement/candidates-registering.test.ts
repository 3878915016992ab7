import { describe, expect, it } from 'vitest';
import { alarms, reportAlone } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Lists of candidates registered, by office (candidates-registering.ts): people registering as candidates
 * are never the registered voters, and a count-first list names each count by the noun after its measure
 * word. The Taiwan text is a real one (a copy of tuning-15's tw-registration-day-three-2014-cna-yam-traditional.txt); the others are invented.
 */

const REAL = [
  '登記第3天 3人登記參選直轄市長',
  '中央社　2014.09.03 00:00',
  '（中央社記者唐佩君台北3日電）年底九合一選舉1日起至5日受理候選人登記；根據中選會統計，今天第3天有3位直轄市長參選人完成登記。',
  '中選會晚間發布新聞稿指出，103年地方公職人員選舉自9月1日開始受理候選人登記，今天第3天共有3位直轄市長、78位直轄市議員、6位縣市長、68位縣市議員、40位鄉鎮市長、222位鄉鎮市民代表、1023位村里長、3位山地原住民區長及7位山地原住民區民代表完成登記。',
  '其中6都直轄市長候選人部分，昨天一口氣有8人登記，今天則有3人登記。',
  '中選會提醒，候選人登記時間到9月5日為止。',
  '',
].join('\n');

const registered = (text: string) => reportAlone(text).turnout?.registered ?? null;
const groupsOf = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'group' ? [`${figure.label} ${figure.value}`] : [],
  );

describe('candidates registering, by office', () => {
  it('takes no electorate from 登記參選 nor from 參選人完成登記', () => {
    expect(registered(REAL)).toBeNull();
    expect(registered('登记第二天 3人登记参选村委会主任\n')).toBeNull();
    expect(alarms(REAL)).toEqual([]);
  });

  it('keeps 登记选民 and 本村登記選民 the electorate', () => {
    expect(registered('登记选民1,350人，参加投票1,201人。')).toBe(1350);
    expect(registered('本村登記選民1,350人，參加投票1,201人。')).toBe(1350);
    expect(registered('本村登記選民1,350人，其中3人登記參選村委會主任。參加投票1,201人。')).toBe(1350);
  });

  it('names each count of a count-first list by its own noun, none a total of the others', () => {
    const groups = groupsOf(REAL);
    for (const named of ['直轄市长 3', '直轄市议员 78', '县市长 6', '村里长 1023', '山地原住民区长 3'])
      expect(groups).toContain(named);
    expect(groups.some((group) => group.endsWith('、'))).toBe(false);
  });

  it('lists a count of candidates registering as such, not as a label in doubt', () => {
    const unread = readAnnouncementText(REAL).unread.map((figure) => `${figure.text} ${figure.reason}`);
    expect(unread).toContain('7 candidates-registering');
  });

  it('leaves the list’s last count of candidates registering unread, no total of a later 其中', () => {
    const text =
      '今天共有3名村委会主任参选人、8名委员参选人及2名村务监督委员会参选人完成登记。\n' +
      '其中村委会主任参选人部分，昨天有5人登记，今天又有3人登记。\n';
    expect(alarms(text, true)).toEqual([]);
  });

  it('takes the parts after 其中，…部分， as of that topic, not of the group read last', () => {
    const text = (day: string) =>
      [
        '選委會晚間發布新聞稿指出，今天第3天共有4位直轄市長、70位直轄市議員、5位縣市長、900位村里長完成登記。',
        `其中，6都直轄市長候選人部分，${day}一口氣有9人登記，今天則有4人登記。`,
      ].join('\n');
    expect(alarms(text('今天上午'))).toEqual([]);
    expect(alarms(text('昨天'))).toEqual([]);
    // With no topic of its own, 其中， still opens parts of the total before it.
    expect(alarms('全镇共选出村民代表40人。其中，女性45人。')).toEqual(['ANNOUNCED_SUM_MISMATCH 45/40']);
  });
});
