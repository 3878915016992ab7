import { describe, expect, it } from 'vitest';
import { noticeTitle } from './notice-title.js';
import { readAnnouncementText } from './read-announcement-text.js';

describe('noticeTitle', () => {
  it("takes the notice's heading", () => {
    const notice = '希望村第十二届村民委员会选举结果公告\n本村登记选民1860人，参加投票1322人。\n';
    expect(noticeTitle(notice)).toBe('希望村第十二届村民委员会选举结果公告');
    expect(readAnnouncementText(notice).title).toBe('希望村第十二届村民委员会选举结果公告');
    expect(
      noticeTitle('  \r\nResults of the 2024 Qingshan Village Committee Election\r\n2,000 voters.'),
    ).toBe('Results of the 2024 Qingshan Village Committee Election');
  });

  it("finds it below a web page's menus and breadcrumbs, but not in its sentences", () => {
    const page = [
      '首页',
      '首页 > 通知公告',
      '关于东坡社区第三届居民委员会换届选举结果的公示',
      '发布时间：2024-05-02',
    ].join('\n');
    expect(noticeTitle(page)).toBe('关于东坡社区第三届居民委员会换届选举结果的公示');
    expect(noticeTitle('本次选举结果公告如下：王林当选为主任。')).toBeUndefined();
    expect(noticeTitle('登记选民1860人，参加投票1322人。')).toBeUndefined();
    expect(noticeTitle('')).toBeUndefined();
  });
});
