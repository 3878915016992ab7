import { describe, expect, it } from 'vitest';
import { duplicateKeys } from './json-duplicate-keys.js';

describe('duplicateKeys', () => {
  it('finds a key repeated in one object, with its path and offset', () => {
    const text = '{"boxes":[{"id":"a"},{"id":"b","votes":{"chair":{"wang-lin":600, "wang-lin" :6}}}]}';
    expect(duplicateKeys(text)).toEqual([
      { key: 'wang-lin', path: '$.boxes[1].votes.chair["wang-lin"]', offset: text.lastIndexOf('"wang-lin"') },
    ]);
  });

  it('allows the same key in different objects, and strings that only look like keys', () => {
    expect(duplicateKeys('{"a":{"x":1},"b":{"x":"\\"x\\":"},"c":["x","x"]}')).toEqual([]);
  });

  it('decodes escaped keys before comparing them', () => {
    expect(duplicateKeys('{"王林":1,"\\u738b\\u6797":2}')).toEqual([
      { key: '王林', path: '$["王林"]', offset: 8 },
    ]);
  });

  it('counts array items past nested values for the path', () => {
    expect(duplicateKeys('[[1,2],{"k":[3,{}]},{"k":1,"k":2}]').map((found) => found.path)).toEqual([
      '$[2].k',
    ]);
  });
});
