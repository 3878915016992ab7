import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';

/**
 * Places counted with something said of them, and the rest of their kind counted right after
 * (1个社区…直接选举；其余11个社区…), are one part of those places: never the total that later places said of
 * otherwise (设5名委员的社区有7个) are parts of. Every number is invented.
 */
describe('places counted before the rest of their kind', () => {
  const STREET = (tail: string) =>
    `街道现有党组织131个，其中社区党委12个，下辖支部102个。这次换届，1个社区以召开党员大会的方式直接选举，参加选举的党员85人；其余11个社区都召开党员代表大会差额选举，参加选举的党员代表共1341人。${tail}`;

  it('are no total of the places said of later (a right summary read as 7 more than 1)', () => {
    expect(
      findings(
        STREET(
          '新一届社区党委设5名党委委员的社区有7个，设7名党委委员的社区有5个。社区民警当选社区党委委员的社区有7个，其中民警和社会单位负责人都当选的社区有2个。',
        ),
      ),
    ).toEqual([]);
  });

  it('with a copy’s line break after the clause mark before 其余', () => {
    expect(
      findings(
        '这次换届，1个社区以召开党员大会的方式直接选举，参加选举的党员85人；\n其余11个社区都召开党员代表大会差额选举。设5名党委委员的社区有7个，设7名党委委员的社区有5个。',
      ),
    ).toEqual([]);
  });

  it('in traditional characters, whose 其餘 now folds to 其余', () => {
    expect(
      findings(
        '這次換屆，1個社區以召開黨員大會的方式直接選舉；其餘11個社區都召開黨員代表大會差額選舉。設5名黨委委員的社區有7個，設7名黨委委員的社區有5個。',
      ),
    ).toEqual([]);
  });

  it('while the places’ own total still bounds its parts', () => {
    const TOTAL = (part: number) =>
      `全街道共有社区12个。这次换届，1个社区以召开党员大会的方式直接选举；其余11个社区都召开党员代表大会差额选举。设5名党委委员的社区有${part}个。`;
    expect(findings(TOTAL(7))).toEqual([]);
    expect(findings(TOTAL(13))).toEqual([['ANNOUNCED_SUM_MISMATCH', '党委委员的社区有13个']]);
  });

  it('a count followed by the rest of another kind stays what it was', () => {
    // 其余 counts villages' groups here, not communities: the 12 stays the street's count.
    expect(
      findings(
        '全街道12个社区全部完成换届，其余3个村民小组延期。设5名委员的社区有7个，设7名委员的社区有5个。',
      ),
    ).toEqual([]);
    expect(
      findings(
        '全街道12个社区全部完成换届，其余3个村民小组延期。设5名委员的社区有13个，设7名委员的社区有5个。',
      ),
    ).toEqual([['ANNOUNCED_SUM_MISMATCH', '委员的社区有13个']]);
  });
});
