import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Hand counts of the sample's chair (陈建华 897, 刘国强 517 of 1,476 ballots), written into `dir`:
 * ballots 10–10 then 50–20, which BRAVO confirms at 10 %; and two boxes whose counts match the recount.
 */
export function writeHandCounts(dir: string): { ballots: string; boxes: string } {
  const lines = ['round,draw,contest,choice'];
  let draw = 0;
  for (const [round, chen, liu] of [
    [1, 10, 10],
    [2, 50, 20],
  ] as const)
    for (let i = 0; i < chen + liu; i++)
      lines.push(`${round},${++draw},chair,${i < chen ? 'chen-jianhua' : 'liu-guoqiang'}`);
  const ballots = join(dir, 'ballots-hand.csv');
  writeFileSync(ballots, lines.join('\n'));
  const boxes = join(dir, 'boxes-hand.csv');
  writeFileSync(
    boxes,
    'round,box,contest,candidate,votes\n1,central,chair,chen-jianhua,670\n1,central,chair,liu-guoqiang,391\n1,branch-north,chair,chen-jianhua,190\n1,branch-north,chair,liu-guoqiang,109\n',
  );
  return { ballots, boxes };
}
