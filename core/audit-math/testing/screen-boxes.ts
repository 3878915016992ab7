import type { ScreenBox } from '../screens.js';
import type { GeneratedBox } from './generated-election.js';

/** A generated box as the screens read it, its one contest called `chair`. */
export const screenBox = (b: GeneratedBox): ScreenBox => ({
  box: b.box,
  registered: b.registered,
  returned: b.returned,
  invalid: b.invalid,
  contests: new Map([['chair', b.votes]]),
});
