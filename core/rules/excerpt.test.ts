import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.js';
import { CN_VILLAGE_2018, CN_VILLAGE_2025 } from './cn-village.js';
import { cnResidentsPack } from './cn-residents.js';

describe('a quotation cut from the provision it quotes', () => {
  it('is the words from the first through the last', () => {
    expect(excerpt('甲。另行选举的，乙为候选人，丙。', '另行选举的，', '为候选人')).toBe(
      '另行选举的，乙为候选人',
    );
  });

  it('fails where the provision does not hold the words', () => {
    expect(() => excerpt('当选人数不足应选名额的', '另行选举的，', '为候选人')).toThrow();
    expect(() => excerpt('为候选人。另行选举的，', '另行选举的，', '为候选人')).toThrow();
  });

  it('is what the runoff-candidates citations quote, in the same words in every text', () => {
    const sentence = '“另行选举的，第一次投票未当选的人员得票多的为候选人”';
    expect(CN_VILLAGE_2018.runoffCandidatesUnelected?.zh).toContain(sentence);
    expect(CN_VILLAGE_2025.runoffCandidatesUnelected?.zh).toContain(sentence);
    expect(cnResidentsPack('all-residents', '2025').runoffCandidatesUnelected?.zh).toContain(sentence);
  });
});
