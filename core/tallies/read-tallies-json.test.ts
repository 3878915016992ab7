// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import type { InputError } from '../model/result.js';
import { readElection } from './read-election.js';
import { readTalliesJson } from './read-tallies-json.js';
import { FIXTURE_SHEETS, fixtureTally } from './testing/expected-fixtures.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function fixtureElection(): Election {
  const read = readElection('election.json', fixture('election.json'));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.value;
}
const election = fixtureElection();

type Document = { format?: unknown; boxes: Record<string, unknown>[] };

/** The fixture document, changed by `edit`, read back. */
function readEdited(edit: (document: Document) => void) {
  const document = JSON.parse(new TextDecoder().decode(fixture('tallies.json'))) as Document;
  edit(document);
  return readTalliesJson('tallies.json', utf8(JSON.stringify(document)), election);
}

function errorsOf(result: ReturnType<typeof readTalliesJson>): readonly InputError[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

const located = (errors: readonly InputError[]) => errors.map((error) => [error.path, error.message.en]);

describe('readTalliesJson', () => {
  it('reads the fixture: boxes by ids and by names give the same sheets and tally as the CSV files', () => {
    expect(readTalliesJson('tallies.json', fixture('tallies.json'), election)).toEqual({
      ok: true,
      value: { sheets: FIXTURE_SHEETS, tally: fixtureTally() },
    });
  });

  it('reads the same document saved in GB18030, detected or forced', () => {
    const expected = { ok: true, value: { sheets: FIXTURE_SHEETS, tally: fixtureTally() } };
    expect(readTalliesJson('t.json', fixture('tallies.gb18030.json'), election)).toEqual(expected);
    const forced = readTalliesJson('t.json', fixture('tallies.gb18030.json'), election, {
      encoding: 'gb18030',
    });
    expect(forced).toEqual(expected);
  });

  it('refuses a wrong format tag, a missing boxes list and a misspelt field', () => {
    const read = readTalliesJson('t.json', utf8('{"format":"tallywitness.tallies/2","Boxes":[]}'), election);
    expect(located(errorsOf(read))).toEqual([
      ['$.format', 'format tag must be "tallywitness.tallies/1", not "tallywitness.tallies/2"'],
      ['$.Boxes', 'unknown field: did you mean "boxes"?'],
      ['$.boxes', 'missing field'],
    ]);
  });

  it('requires every figure of a box, and checks each count', () => {
    const errors = errorsOf(
      readEdited((document) => {
        delete document.boxes[0]!['returned'];
        document.boxes[0]!['invalid'] = -1;
        document.boxes[1]!['issued'] = 52.5;
        document.boxes[1]!['registered'] = '0';
      }),
    );
    expect(located(errors)).toEqual([
      ['$.boxes[0].returned', 'missing field'],
      ['$.boxes[0].invalid', 'must not be negative'],
      ['$.boxes[1].registered', 'must be a number'],
      ['$.boxes[1].issued', 'must be a whole number'],
    ]);
    expect(errors[1]?.message.zh).toBe('不能为负数');
  });

  it('reads the optional voters (投票人数) of a box, and checks it as a count', () => {
    const read = readEdited((document) => {
      document.boxes[0]!['voters'] = 1030;
    });
    expect(read.ok && read.value.sheets.map((sheet) => sheet.voters)).toEqual([1030, undefined]);
    const errors = errorsOf(
      readEdited((document) => {
        document.boxes[1]!['voters'] = -2;
      }),
    );
    expect(located(errors)).toEqual([['$.boxes[1].voters', 'must not be negative']]);
  });

  it('places unknown contests and bad vote counts at their paths', () => {
    const errors = errorsOf(
      readEdited((document) => {
        const votes = document.boxes[1]!['votes'] as Record<string, Record<string, unknown>>;
        votes['副主任'] = { 王林: 1 };
        votes['主任']!['王林'] = 2 ** 53;
        votes['委员']!['赵敏'] = 1.5;
        votes['委员']!['陈明'] = -2;
        votes['委员']!['  '] = 1;
      }),
    );
    expect(located(errors)).toEqual([
      ['$.boxes[1].votes["主任"]["王林"]', 'number is absurdly large (above 1,000,000,000)'],
      ['$.boxes[1].votes["委员"]["赵敏"]', 'must be a whole number'],
      ['$.boxes[1].votes["委员"]["陈明"]', 'must not be negative'],
      ['$.boxes[1].votes["委员"]["  "]', 'the candidate is empty (write #blank for abstentions)'],
      ['$.boxes[1].votes["副主任"]', expect.stringContaining('unknown contest “副主任”')],
    ]);
  });

  it('refuses the same candidate given by id and by name, also across the contest id and name', () => {
    const errors = errorsOf(
      readEdited((document) => {
        const central = document.boxes[0]!['votes'] as Record<string, Record<string, unknown>>;
        central['chair']!['王林'] = 5;
        central['委员'] = { 'sun-tao': 1, 周强: 2 };
      }),
    );
    expect(located(errors)).toEqual([
      [
        '$.boxes[0].votes.chair["王林"]',
        'box “central”, contest “chair”: “王林” repeats (also at $.boxes[0].votes.chair["wang-lin"])',
      ],
      [
        '$.boxes[0].votes["委员"]["sun-tao"]',
        'box “central”, contest “member”: “sun-tao” repeats (also at $.boxes[0].votes.member["sun-tao"])',
      ],
    ]);
  });

  it('refuses a key repeated in one object, which JSON.parse would silently drop', () => {
    const text = new TextDecoder()
      .decode(fixture('tallies.json'))
      .replace('"wang-lin": 600,', '"wang-lin": 600, "wang-lin": 6,');
    const errors = errorsOf(readTalliesJson('tallies.json', utf8(text), election));
    expect(errors).toEqual([
      {
        file: 'tallies.json',
        path: '$.boxes[0].votes.chair["wang-lin"]',
        line: 11,
        column: 37,
        message: {
          zh: '键“wang-lin”在同一对象中重复，前面的值会被忽略',
          en: 'key “wang-lin” repeats in the same object: the earlier value would be ignored',
        },
      },
    ]);
  });

  it('refuses a repeated box once, not once per vote', () => {
    const errors = errorsOf(readEdited((document) => (document.boxes[1]!['id'] = 'central')));
    expect(located(errors)).toEqual([['$.boxes[1].id', 'box “central” repeats (also at $.boxes[0])']]);
  });

  it('refuses votes that are missing or not objects', () => {
    const errors = errorsOf(
      readEdited((document) => {
        delete document.boxes[0]!['votes'];
        document.boxes[1]!['votes'] = { chair: [30] };
      }),
    );
    expect(located(errors)).toEqual([
      ['$.boxes[0].votes', 'missing field'],
      ['$.boxes[1].votes.chair', 'must be a JSON object (candidate → votes)'],
    ]);
  });

  it('gives line and column of a syntax error', () => {
    const errors = errorsOf(
      readTalliesJson(
        't.json',
        utf8('{\n  "format": "tallywitness.tallies/1",\n  "boxes": [,]\n}'),
        election,
      ),
    );
    expect(errors).toEqual([expect.objectContaining({ file: 't.json', line: 3, column: 13 })]);
  });
});

describe('readTalliesJson with no boxes (issue 21, defect 8)', () => {
  it('refuses an empty list of boxes instead of reading it as no accounting', () => {
    expect(located(errorsOf(readEdited((document) => (document.boxes = []))))).toEqual([
      ['$.boxes', 'no boxes: the box accounting and the votes are empty'],
    ]);
  });
});
