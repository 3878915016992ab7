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

/** A first round's notice with the ballots stated, then the given lines. */
const written = (...lines: string[]) =>
  readAnnouncementText(
    [
      '东坪村第十二届村民委员会选举结果公告',
      '本村登记选民1402人，参加投票1188人，发出选票1188张，收回选票1188张，其中有效票1170张，无效票18张，选举有效。',
      ...lines,
    ].join('\n'),
  );

describe('sexes written after the names of winners, and the seats a notice keeps for women', () => {
  it('reads a sex in brackets after a declared name or in a 性别 column', () => {
    const seats = '应选村民委员会成员3名。';
    // 王芳（男）当选委员 declared no one the reader could name.
    const declared = written(
      seats,
      '刘强（男）当选为村民委员会主任，王芳（男）当选委员，张勇（男）当选委员。',
    );
    expect(declared.figures.filter((f) => f.kind === 'elected').map((f) => f.names)).toEqual([
      ['刘强'],
      ['王芳'],
      ['张勇'],
    ]);
    expect(women(judgeAnnouncement(declared, village, 'first', 'zh'))).toEqual([
      ['warning', 1, 0, '应选村民委员会成员3名'],
    ]);
    // 当选委员：李梅、赵强 declares its names, each to the post.
    const listed = written(seats, '当选主任：刘强（男）', '当选委员：李梅（男）、赵强（男）');
    expect(listed.figures.filter((f) => f.kind === 'elected').map((f) => [f.contest?.text, f.names])).toEqual(
      [
        ['主任', ['刘强']],
        ['委员', ['李梅', '赵强']],
      ],
    );
    expect(women(judgeAnnouncement(listed, village, 'first', 'zh'))).toEqual([
      ['warning', 1, 0, '应选村民委员会成员3名'],
    ]);
    const table = (sex: string) =>
      written(
        seats,
        '',
        '职务\t姓名\t性别\t得票数\t是否当选',
        '主任\t刘强\t男\t1101\t当选',
        `委员\t李梅\t${sex}\t1021\t当选`,
        '委员\t赵强\t男\t998\t当选',
      );
    expect(women(judgeAnnouncement(table('男'), village, 'first', 'zh'))).toEqual([
      ['warning', 1, 0, '应选村民委员会成员3名'],
    ]);
    expect(women(judgeAnnouncement(table('女'), village, 'first', 'zh'))).toEqual([]);
  });

  it('judges the women a notice says its members must hold', () => {
    const own = (wang: string, heading = '委员（应选2名，其中妇女委员1名）') =>
      written(
        `主任：刘强（男）得票1021票，当选。`,
        `${heading}：王芳${wang}得票903票，张勇（男）得票860票，孙明（男）得票241票。`,
        '王芳、张勇当选为村民委员会委员。',
      );
    const judged = judgeAnnouncement(own('（男）'), village, 'first', 'en');
    expect(women(judged)).toEqual([['warning', 1, 0, '委员（应选2名，其中妇女委员1名）']]);
    expect(judged.findings.find((f) => f.code === 'WOMEN_QUOTA_UNMET')!.message).toBe(
      'The notice states “委员（应选2名，其中妇女委员1名）” and fills all 2 seats, yet by the sexes it writes 0 women are among the winners (刘强、王芳、张勇), fewer than the 1 it states',
    );
    expect(
      women(judgeAnnouncement(own('（男）', '委员2名（其中妇女委员不少于1名）'), village, 'first', 'zh')),
    ).toEqual([['warning', 1, 0, '委员2名（其中妇女委员不少于1名）']]);
    const right = judgeAnnouncement(own('（女）'), village, 'first', 'zh');
    expect(women(right)).toEqual([]);
    expect(right.judged.filter((f) => f.rule === 'women-members').map((f) => f.right)).toEqual([true]);
    // A winner whose sex is not written: nothing is guessed from the name.
    expect(women(judgeAnnouncement(own(''), village, 'first', 'zh'))).toEqual([]);
    // Another body's seats for women are none of the committee's.
    expect(
      women(
        judgeAnnouncement(
          own('（男）', '村务监督委员会委员（应选2名，其中妇女委员1名）'),
          village,
          'first',
          'zh',
        ),
      ),
    ).toEqual([]);
  });

  it('judges nothing where a seat is open or a winner may have been missed', () => {
    // One of three members' seats left to another round: a woman may yet fill it.
    const open = written(
      '主任：刘强（男）得票1090票，当选。',
      '委员（应选3名，其中妇女委员1名）：张勇（男）得票930票，当选；孙明（男）得票901票，当选；王芳（女）得票560票，未当选。',
    );
    expect(women(judgeAnnouncement(open, village, 'first', 'zh'))).toEqual([]);
    // 李梅 has more votes than a winner and is not declared: a winner may have been missed.
    const passedOver = written(
      '主任：刘强（男）得票1090票，当选。',
      '委员（应选2名，其中妇女委员1名）：李梅（女）得票1021票，张勇（男）得票1000票，赵强（男）得票998票。',
      '张勇、赵强当选为村民委员会委员。',
    );
    expect(women(judgeAnnouncement(passedOver, village, 'first', 'zh'))).toEqual([]);
    // Women voters counted are no count of the women elected.
    const voters = written(
      '其中女性选民702人。应选村民委员会成员3名。',
      '刘强（男）得票1001票，当选为村民委员会主任；陈丽（男）得票955票、张勇（男）得票902票，当选为村民委员会委员。',
    );
    expect(women(judgeAnnouncement(voters, village, 'first', 'zh'))).toHaveLength(1);
  });

  it('judges nothing where a woman is named whose part the reader did not read', () => {
    // 王芳 won the chair (一肩挑), in words the reader does not read as a declaration or her votes: the
    // members are two men, yet the committee holds a woman.
    const chair = written(
      '一、主任（应选1名）',
      '王芳（女，村党支部书记）得票1050票，当选为村民委员会主任，实现村党支部书记、村民委员会主任“一肩挑”。',
      '二、委员（应选2名，其中妇女委员1名）',
      '张勇（男）得票903票，刘强（男）得票860票，孙明（男）得票241票。',
      '张勇、刘强当选为村民委员会委员。',
    );
    expect(women(judgeAnnouncement(chair, village, 'first', 'zh'))).toEqual([]);
    // The same with her chair read: two men and a woman, the notice's own women's seat met.
    const read = written(
      '一、主任（应选1名）',
      '王芳（女）得票1050票，当选为村民委员会主任。',
      '二、委员（应选2名，其中妇女委员1名）',
      '张勇（男）得票903票，刘强（男）得票860票，孙明（男）得票241票。',
      '张勇、刘强当选为村民委员会委员。',
    );
    expect(
      judgeAnnouncement(read, village, 'first', 'zh').judged.filter((j) => j.rule === 'women-members'),
    ).toMatchObject([{ right: true }]);
    // A woman named with her sex in a candidates' list and then read with her votes is no unknown.
    const listed = written(
      '正式候选人：主任候选人刘强（男）；委员候选人李梅（女）、张勇（男）、孙明（男）。',
      '主任：刘强得票1021票，当选。',
      '委员（应选2名，其中妇女委员1名）：张勇得票930票，当选；孙明得票905票，当选；李梅得票241票。',
    );
    expect(women(judgeAnnouncement(listed, village, 'first', 'zh'))).toEqual([
      ['warning', 1, 0, '委员（应选2名，其中妇女委员1名）'],
    ]);
  });
});
