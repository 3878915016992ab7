/**
 * Seeded, deterministic elections for the tests of the quick count and the screens: boxes whose
 * turnout and shares vary from box to box as real ones do, every ballot drawn at random. Anomalies are
 * planted by the tests on top of a clean election.
 */
import { seededRandom } from '../../testing/seeded-random.js';

export interface GeneratedBox {
  readonly box: string;
  readonly registered: number;
  readonly returned: number;
  readonly invalid: number;
  /** Votes per choice in the one contest, `#blank` for abstentions. */
  readonly votes: Map<string, number>;
}

function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export interface ElectionShape {
  readonly boxes: number;
  readonly mobileBoxes: number;
  /** The candidates' mean shares of the valid ballots; the rest abstain. */
  readonly shares: Readonly<Record<string, number>>;
}

export const DEFAULT_SHAPE: ElectionShape = { boxes: 1000, mobileBoxes: 20, shares: { A: 0.55, B: 0.35 } };

/** A clean election: box i is `box-i`, the mobile ones `mobile-i` with no electorate of their own. */
export function generateElection(seed: number, shape: ElectionShape = DEFAULT_SHAPE): GeneratedBox[] {
  const random = seededRandom(seed);
  const names = Object.keys(shape.shares);
  const boxes: GeneratedBox[] = [];
  for (let i = 0; i < shape.boxes + shape.mobileBoxes; i++) {
    const mobile = i >= shape.boxes;
    const registered = mobile ? 0 : 300 + Math.floor(random() * 900);
    const returned = mobile
      ? 40 + Math.floor(random() * 120)
      : Math.round(registered * clamp(0.72 + 0.06 * normal(random), 0.4, 0.93));
    // Each box leans a little from the mean shares, as neighbourhoods do.
    const lean = names.map((name) => clamp(shape.shares[name]! + 0.04 * normal(random), 0.01, 0.98));
    const votes = new Map<string, number>([...names, '#blank'].map((name) => [name, 0]));
    let invalid = 0;
    for (let b = 0; b < returned; b++) {
      if (random() < 0.015) {
        invalid += 1;
        continue;
      }
      let draw = random();
      const choice = names.find((_, k) => (draw -= lean[k]!) < 0) ?? '#blank';
      votes.set(choice, votes.get(choice)! + 1);
    }
    boxes.push({
      box: mobile ? `mobile-${i - shape.boxes + 1}` : `box-${i + 1}`,
      registered,
      returned,
      invalid,
      votes,
    });
  }
  return boxes;
}
