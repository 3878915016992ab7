/**
 * Remembers which (box, contest, choice) a tally has already been given, so that a second row or entry
 * for the same one is refused, also when one names the candidate by id and the other by name: summing
 * them would silently count a copied line twice.
 */
export class VoteKeys<Place> {
  private readonly seen = new Map<string, Place>();

  /** Records the key and returns undefined, or returns where it was first given. */
  claim(box: string, contest: string, choice: string, place: Place): Place | undefined {
    const key = JSON.stringify([box, contest, choice]);
    const earlier = this.seen.get(key);
    if (earlier === undefined) this.seen.set(key, place);
    return earlier;
  }
}
