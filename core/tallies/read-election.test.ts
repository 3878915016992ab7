import { describe, expect, it } from 'vitest';
import type { InputError } from '../model/result.js';
import { readElection } from './read-election.js';

const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value, null, 1));

const valid = {
  format: 'tallywitness.election/1',
  name: '希望村第十二届村民委员会选举',
  rules: 'cn-village',
  round: 'first',
  registeredVoters: 1860,
  minWomen: 1,
  contests: [
    {
      id: 'chair',
      name: '主任',
      seats: 1,
      candidates: [
        { id: 'wang-lin', name: '王林', gender: 'male' },
        { id: 'li-hua', name: '李华', gender: 'female' },
      ],
    },
    { id: 'member', name: '委员', seats: 3, candidates: [{ id: 'zhao-min', name: '赵敏' }] },
  ],
};

/** The election with one change made through `edit`, read back. */
function readEdited(edit: (election: typeof valid & Record<string, unknown>) => void) {
  const copy = structuredClone(valid) as typeof valid & Record<string, unknown>;
  edit(copy);
  return readElection('election.json', encode(copy));
}

function errorsOf(result: ReturnType<typeof readElection>): readonly InputError[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

const paths = (errors: readonly InputError[]) => errors.map((error) => error.path);

describe('readElection', () => {
  it('reads a valid definition', () => {
    const result = readElection('election.json', encode(valid));
    expect(result).toEqual({ ok: true, value: { ...valid, format: undefined } });
    expect(result.ok && 'format' in result.value).toBe(false);
  });

  it('defaults the round to first and leaves unstated figures out', () => {
    const result = readEdited((election) => {
      delete (election as Record<string, unknown>)['round'];
      delete (election as Record<string, unknown>)['registeredVoters'];
      delete (election as Record<string, unknown>)['minWomen'];
    });
    expect(result.ok && result.value.round).toBe('first');
    expect(result.ok && Object.keys(result.value)).toEqual(['name', 'rules', 'round', 'contests']);
  });

  it('accepts a BOM, trims names, and a contest with no candidates (海选)', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(valid)]);
    expect(readElection('election.json', bom).ok).toBe(true);
    const open = readEdited((election) => {
      election.contests[1]!.candidates = [];
      election.contests[0]!.name = ' 主任 ';
    });
    expect(open.ok && open.value.contests[1]?.candidates).toEqual([]);
    expect(open.ok && open.value.contests[0]?.name).toBe('主任');
  });

  it('names a wrong or missing format tag', () => {
    const wrong = errorsOf(readEdited((election) => (election.format = 'tallywitness.tallies/1')));
    expect(wrong).toEqual([
      expect.objectContaining({
        file: 'election.json',
        path: '$.format',
        message: expect.objectContaining({ en: expect.stringContaining('format tag must be') }),
      }),
    ]);
    const missing = errorsOf(
      readEdited((election) => delete (election as Record<string, unknown>)['format']),
    );
    expect(missing[0]?.message).toMatchObject({
      zh: expect.stringContaining('缺少格式标记'),
      en: expect.stringContaining('missing format tag'),
    });
  });

  it('reads the date of the vote, and names a date that is not a real day at $.date in both languages', () => {
    const dated = readEdited((election) => (election.date = '2026-03-15'));
    expect(dated.ok && dated.value.date).toBe('2026-03-15');
    const undated = readEdited(() => {});
    expect(undated.ok && 'date' in undated.value).toBe(false);
    for (const date of ['2026-02-30', '2026/03/15', '15.03.2026', '2026-3-15', 20260315, '', null]) {
      const errors = errorsOf(readEdited((election) => (election.date = date)));
      expect(paths(errors)).toEqual(['$.date']);
      expect(errors[0]!.file).toBe('election.json');
      expect(errors[0]!.message.zh).toContain('YYYY-MM-DD');
      expect(errors[0]!.message.en).toContain("the election's date must be a real day");
    }
    expect(readEdited((election) => (election.date = '2024-02-29')).ok).toBe(true);
  });

  it('reports every problem at once, each with its path', () => {
    const errors = errorsOf(
      readEdited((election) => {
        (election as Record<string, unknown>)['rules'] = '';
        (election as Record<string, unknown>)['round'] = 'second';
        (election as Record<string, unknown>)['registeredVoters'] = -5;
        (election as Record<string, unknown>)['minWomen'] = 1.5;
        (election.contests[1] as Record<string, unknown>)['seats'] = 0;
        (election.contests[0]!.candidates[1] as Record<string, unknown>)['gender'] = 'f';
        delete (election.contests[0]!.candidates[0] as Record<string, unknown>)['name'];
      }),
    );
    expect(paths(errors).sort()).toEqual(
      [
        '$.rules',
        '$.round',
        '$.registeredVoters',
        '$.minWomen',
        '$.contests[1].seats',
        '$.contests[0].candidates[1].gender',
        '$.contests[0].candidates[0].name',
      ].sort(),
    );
    const byPath = new Map(errors.map((error) => [error.path, error.message]));
    expect(byPath.get('$.registeredVoters')?.en).toContain('negative');
    expect(byPath.get('$.minWomen')?.en).toContain('whole number');
    expect(byPath.get('$.contests[1].seats')?.en).toContain('positive integer');
    expect(byPath.get('$.contests[0].candidates[0].name')).toEqual({ zh: '缺少此字段', en: 'missing field' });
    for (const error of errors) expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses numbers beyond a billion and numbers given as text', () => {
    const errors = errorsOf(
      readEdited((election) => {
        (election as Record<string, unknown>)['registeredVoters'] = 2 ** 60;
        (election.contests[0] as Record<string, unknown>)['seats'] = '1';
      }),
    );
    expect(errors.map((error) => [error.path, error.message.en])).toEqual([
      ['$.registeredVoters', expect.stringContaining('absurdly large')],
      ['$.contests[0].seats', expect.stringContaining('must be a number')],
    ]);
  });

  it('finds duplicate contest ids and duplicate candidate ids within a contest', () => {
    const errors = errorsOf(
      readEdited((election) => {
        election.contests[1]!.id = 'chair';
        election.contests[0]!.candidates[1]!.id = 'wang-lin';
      }),
    );
    expect(paths(errors)).toEqual(['$.contests[0].candidates[1].id', '$.contests[1].id']);
    expect(errors[0]?.message.en).toContain('(also at $.contests[0].candidates[0])');
  });

  it('finds an id equal to another candidate’s name, and namesakes', () => {
    const clash = errorsOf(readEdited((election) => (election.contests[0]!.candidates[1]!.id = '王林')));
    expect(paths(clash)).toEqual(['$.contests[0].candidates[1].id']);
    expect(clash[0]?.message.en).toContain('equals the name of $.contests[0].candidates[0]');
    const namesakes = errorsOf(
      readEdited((election) => (election.contests[0]!.candidates[1]!.name = '王林')),
    );
    expect(paths(namesakes)).toEqual(['$.contests[0].candidates[1].name']);
  });

  it('allows the same candidate in two contests, and an id equal to its own name', () => {
    const result = readEdited((election) => {
      election.contests[1]!.candidates = [{ id: '王林', name: '王林' }];
    });
    expect(result.ok).toBe(true);
  });

  it('reserves #blank', () => {
    const errors = errorsOf(readEdited((election) => (election.contests[1]!.candidates[0]!.id = '#blank')));
    expect(errors).toEqual([expect.objectContaining({ path: '$.contests[1].candidates[0]' })]);
  });

  it('flags a misspelt field but leaves other unknown fields alone', () => {
    const errors = errorsOf(
      readEdited((election) => {
        (election as Record<string, unknown>)['min_women'] = 2;
        (election as Record<string, unknown>)['province'] = '浙江';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        path: '$.min_women',
        message: expect.objectContaining({ en: expect.stringContaining('"minWomen"') }),
      }),
    ]);
  });

  it('names the path of wrong shapes', () => {
    expect(paths(errorsOf(readElection('e.json', encode([]))))).toEqual(['$']);
    expect(
      paths(errorsOf(readEdited((election) => ((election as Record<string, unknown>)['contests'] = {})))),
    ).toEqual(['$.contests']);
    expect(paths(errorsOf(readEdited((election) => (election.contests.length = 0))))).toEqual(['$.contests']);
    expect(
      paths(errorsOf(readEdited((election) => ((election.contests as unknown[])[0] = 'chair')))),
    ).toEqual(['$.contests[0]']);
  });

  it('gives line and column of a syntax error', () => {
    const text = '{\n  "format": "tallywitness.election/1",\n  "name": "x"\n  "rules": "cn-village"\n}';
    const errors = errorsOf(readElection('election.json', new TextEncoder().encode(text)));
    expect(errors).toEqual([expect.objectContaining({ file: 'election.json', line: 4, column: 3 })]);
  });

  describe('alreadyElected', () => {
    const runoff = (alreadyElected: unknown) =>
      readEdited((election) => {
        election.round = 'runoff';
        election.alreadyElected = alreadyElected;
      });

    it('reads the members elected earlier in a runoff, naming the contest by id or name', () => {
      const result = runoff([
        { contest: 'chair', name: ' 陈建华 ', gender: 'male' },
        { contest: '委员', name: '不在候选人名单中的人', gender: 'female' },
        { contest: 'member', name: '刘洋' },
      ]);
      expect(result.ok && result.value.alreadyElected).toEqual([
        { contest: 'chair', name: '陈建华', gender: 'male' },
        { contest: 'member', name: '不在候选人名单中的人', gender: 'female' },
        { contest: 'member', name: '刘洋' },
      ]);
      const none = runoff([]);
      expect(none.ok && none.value.alreadyElected).toEqual([]);
      const unstated = readEdited((election) => (election.round = 'runoff'));
      expect(unstated.ok && 'alreadyElected' in unstated.value).toBe(false);
    });

    it('refuses it in a first round, at each entry', () => {
      const errors = errorsOf(
        readEdited((election) => {
          election.alreadyElected = [
            { contest: 'chair', name: '陈建华' },
            { contest: 'member', name: '刘洋' },
          ];
        }),
      );
      expect(paths(errors)).toEqual(['$.alreadyElected[0]', '$.alreadyElected[1]']);
      expect(errors[0]?.message.zh).toContain('另行选举');
      expect(errors[0]?.message.en).toContain('only be listed in a runoff');
    });

    it('keeps a post filled in the first vote, which the runoff does not list, as written', () => {
      const read = runoff([
        { contest: ' 副主任 ', name: '王秀英', gender: 'female' },
        { contest: 'chair', name: '陈建华' },
      ]);
      expect(read.ok && read.value.alreadyElected).toEqual([
        { contest: '副主任', name: '王秀英', gender: 'female' },
        { contest: 'chair', name: '陈建华' },
      ]);
    });

    it('refuses a post that is neither a contest nor a committee post, __proto__ included (issue 21, defect 16)', () => {
      const errors = errorsOf(
        runoff([
          { contest: 'treasurer', name: '张三' },
          { contest: '__proto__', name: '李四' },
          { contest: 'constructor', name: '王五' },
        ]),
      );
      expect(paths(errors)).toEqual([
        '$.alreadyElected[0].contest',
        '$.alreadyElected[1].contest',
        '$.alreadyElected[2].contest',
      ]);
      expect(errors[1]?.message.en).toContain(
        '“__proto__” is neither a contest of this definition nor a post',
      );
      expect(errors[1]?.message.zh).toContain('不是委员会的职务');
    });

    it('refuses an empty post, a missing name, a wrong gender and a wrong shape, each with its path', () => {
      const errors = errorsOf(
        runoff([
          { contest: '', name: '张三' },
          { contest: 'chair' },
          { contest: 'member', name: '李四', gender: 'f' },
          '王五',
          { contest: 'member', name: '赵六', Gender: 'male' },
        ]),
      );
      expect(paths(errors)).toEqual([
        '$.alreadyElected[0].contest',
        '$.alreadyElected[1].name',
        '$.alreadyElected[2].gender',
        '$.alreadyElected[3]',
        '$.alreadyElected[4].Gender',
      ]);
      expect(paths(errorsOf(runoff({ contest: 'chair', name: '陈建华' })))).toEqual(['$.alreadyElected']);
    });
  });
});

describe('readElection and repeated keys (issue 21, defect 7)', () => {
  it('refuses a key given twice in one object, at its JSON path and line, instead of keeping the last', () => {
    const text = JSON.stringify(valid, null, 1).replace(
      '"registeredVoters": 1860,',
      '"registeredVoters": 1860, "registeredVoters": 18600,',
    );
    const result = readElection('election.json', new TextEncoder().encode(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: 'election.json', path: '$.registeredVoters', line: 6 });
    expect(result.errors[0]!.message.en).toContain('repeats');
    expect(result.errors[0]!.message.zh).toContain('重复');
  });

  it('refuses a repeated key inside a contest too', () => {
    const text = JSON.stringify(valid, null, 1).replace('"seats": 1,', '"seats": 1, "seats": 2,');
    const result = readElection('election.json', new TextEncoder().encode(text));
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual(['$.contests[0].seats']);
  });
});
