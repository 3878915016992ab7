import { describe, expect, it } from 'vitest';
import { emptyTypedBox, readTypedBox, withCell, type Election, type TypedBox } from '../../core/index.js';
import { nextStep } from './next-step';

const election: Election = {
  name: 'e',
  rules: 'plurality',
  round: 'first',
  contests: [{ id: 'chair', name: '主任', seats: 1, candidates: [{ id: 'wang', name: '王林' }] }],
};

const whole = (name: string): TypedBox =>
  [
    ['registered', '10'],
    ['issued', '9'],
    ['returned', '9'],
    ['invalid', '0'],
  ].reduce(
    (box, [figure, value]) => withCell(box, { kind: 'figure', figure: figure as 'issued' }, value!),
    withCell(emptyTypedBox(name), { kind: 'votes', contest: 'chair', choice: 'wang' }, '9'),
  );
const steps = (boxes: TypedBox[], current: number) =>
  nextStep(
    boxes.map((box) => readTypedBox(election, box)),
    current,
  );

describe('the one next step', () => {
  it('is the name, then a cell to correct before a cell to type', () => {
    expect(steps([emptyTypedBox('')], 0)).toEqual({ kind: 'name', target: 'box-name' });
    const mistyped = withCell(emptyTypedBox('a'), { kind: 'figure', figure: 'invalid' }, 'x');
    expect(steps([mistyped], 0)).toMatchObject({ kind: 'fix', target: 'figure:invalid' });
    expect(steps([emptyTypedBox('a')], 0)).toMatchObject({ kind: 'type', target: 'figure:registered' });
  });

  it('goes to the next box not complete, a name used twice included, and finishes when all are', () => {
    expect(steps([whole('a'), emptyTypedBox('b')], 0)).toEqual({ kind: 'box', box: 1 });
    expect(steps([whole('a'), whole('a')], 0)).toEqual({ kind: 'name', target: 'box-name' });
    expect(steps([whole('a'), whole('a'), whole('b')], 2)).toEqual({ kind: 'box', box: 0 });
    expect(steps([whole('a'), whole('b')], 1)).toEqual({ kind: 'finish' });
  });
});
