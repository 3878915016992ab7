import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SAMPLE_DIR = resolve(import.meta.dirname, '../../samples/qingshan-village');

export const samplePath = (name: string) => resolve(SAMPLE_DIR, name);

export interface ExpectedContest {
  readonly id: string;
  readonly seats: number;
  readonly validBallots: number;
  readonly votes: Record<string, number>;
  readonly blank: number;
  readonly elected: readonly string[];
  readonly unfilledSeats: number;
}

/** The sample's answers, counted by scripts/generate-sample.ts without the core. */
export interface Expected {
  readonly registered: number;
  readonly issued: number;
  readonly cast: number;
  readonly invalid: number;
  readonly valid: number;
  readonly contests: readonly ExpectedContest[];
  readonly planted: readonly { code: string; contest: string; candidate: string; offset: number }[];
}

export const expected = JSON.parse(readFileSync(samplePath('expected.json'), 'utf8')) as Expected;
