import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

const village = getRulePack('cn-village')!;
const residents = getRulePack('cn-residents')!;
const partyBranch = getRulePack('cn-party-branch')!;

/** A first round's notice that says how many members it elects and writes each winner's sex. */
const notice = ({
  wang = '（女）',
  seats = '应选村民委员会成员3名，',
  title = '柳溪村第十二届村民委员会选举结果公告',
  extra = '',
} = {}) =>
  readAnnouncementText(
    [
      title,
      `柳溪村于2024年3月18日进行村民委员会换届选举。本村登记选民1,402人，参加投票的选民1,188人，发出选票1,188张，收回选票1,188张，其中有效票1,170张，无效票18张，选举有效。${seats}选举结果如下：`,
      '主任：刘强（男）得票801票，当选为村民委员会主任。',
      `委员：王芳${wang}得票760票，张勇（男）得票702票，以上2人均当选为村民委员会委员。`,
      extra,
    ].join('\n'),
  );

const women = (judgement: ReturnType<typeof judgeAnnouncement>) =>
  judgement.findings
    .filter((finding) => finding.code === 'WOMEN_QUOTA_UNMET')
    .map((finding) => [finding.severity, finding.expected, finding.found, finding.where?.text]);

describe('women among the winners of a notice judged alone', () => {
  it('warns where every seat is filled and every winner is written a man', () => {
    const judged = judgeAnnouncement(notice({ wang: '（男）' }), village, 'first', 'en');
    expect(women(judged)).toEqual([['warning', 1, 0, '应选村民委员会成员3名']]);
    expect(judged.findings.find((finding) => finding.code === 'WOMEN_QUOTA_UNMET')!.message).toBe(
      'The notice fills all 3 seats (刘强、王芳、张勇), and by the sexes it writes 0 women are among the elected members, fewer than the 1 required',
    );
    const work = judged.judged.filter((figure) => figure.rule === 'women-members');
    expect(work.map((figure) => [figure.right, figure.text])).toEqual([[false, '应选村民委员会成员3名']]);
    // The residents' pack asks the same of a residents' committee.
    expect(women(judgeAnnouncement(notice({ wang: '（男）' }), residents, 'first', 'zh'))).toHaveLength(1);
  });

  it('shows the work and finds nothing where a woman is among them', () => {
    const judged = judgeAnnouncement(notice(), village, 'first', 'zh');
    expect(women(judged)).toEqual([]);
    expect(
      judged.judged.filter((figure) => figure.rule === 'women-members').map((figure) => figure.right),
    ).toEqual([true]);
  });

  it('judges nothing where the committee is not all in view or a sex is not written', () => {
    const none = (judgement: ReturnType<typeof judgeAnnouncement>) => {
      expect(women(judgement)).toEqual([]);
      expect(judgement.judged.some((figure) => figure.rule === 'women-members')).toBe(false);
    };
    // No count of the seats: the notice may report some posts only.
    none(judgeAnnouncement(notice({ wang: '（男）', seats: '' }), village, 'first', 'zh'));
    // A seat left open: a woman may yet be elected to it.
    none(
      judgeAnnouncement(notice({ wang: '（男）', seats: '应选村民委员会成员5名，' }), village, 'first', 'zh'),
    );
    // A winner whose sex is not written by the votes.
    none(judgeAnnouncement(notice({ wang: '' }), village, 'first', 'zh'));
    // A runoff or a by-election: the members elected before are not in view.
    none(judgeAnnouncement(notice({ wang: '（男）' }), village, 'runoff', 'zh'));
    none(
      judgeAnnouncement(
        notice({ wang: '（男）', title: '柳溪村村民委员会另行选举结果公告' }),
        village,
        'first',
        'zh',
      ),
    );
    // The notice's own count of the women it elects.
    none(judgeAnnouncement(notice({ wang: '（男）', extra: '其中女性成员1名。' }), village, 'first', 'zh'));
    // A pack that asks no woman member.
    none(judgeAnnouncement(notice({ wang: '（男）' }), partyBranch, 'first', 'zh'));
  });
});
