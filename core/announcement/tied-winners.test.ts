import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

const village = getRulePack('cn-village')!;

const ties = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en')
    .findings.filter((finding) => finding.code === 'TIE')
    .map((finding) => [finding.candidate, finding.message]);

describe('ties among the declared winners', () => {
  it('finds no tie between winners of different posts whose votes name no post', () => {
    expect(
      ties(
        [
          '上庄村村务监督委员会成员选举结果',
          '本村村务监督委员会由村民代表会议选举产生。应到村民代表52人，实到51人，到会率98.1%。选举结果如下：沈梅胜得48票，当选为主任；孔宏得48票、徐斌红得48票，当选为委员。',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('still finds the tie with a person of the same votes who is declared nowhere', () => {
    expect(
      ties(
        [
          '东岭村选举结果公告',
          '登记选民2000人，参加投票1800人。王芳得票1000票，当选为村委会主任；李强得票1200票，当选为村委会委员。赵磊得票1000票。',
        ].join('\n'),
      ),
    ).toEqual([
      [
        '王芳',
        'The notice declares 王芳 elected 主任, but lists 赵磊 with the same 1,000 votes: a tie for the last seat, and the notice does not say how it was decided; the tool draws no lots',
      ],
    ]);
  });
});
