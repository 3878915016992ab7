/** One ticket in the basket: its full-precision number, the id it stands for, and its generation. */
export interface Ticket {
  readonly number: string;
  readonly id: string;
  readonly generation: number;
}

/** Orders strings by Unicode code point, as Python compares str (JS `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
}

/** The order Python's heapq gives the reference's (ticket_number, id, generation) tuples. */
function before(a: Ticket, b: Ticket): boolean {
  if (a.number !== b.number) return a.number < b.number;
  const byId = compareCodePoints(a.id, b.id);
  return byId !== 0 ? byId < 0 : a.generation < b.generation;
}

/** A binary min-heap of tickets: the lowest ticket number is drawn first. */
export class TicketHeap {
  private readonly items: Ticket[] = [];

  get size(): number {
    return this.items.length;
  }

  /** The heap's array as it stands (the layout Python's heapq would have after the same pushes). */
  get layout(): readonly Ticket[] {
    return this.items;
  }

  push(ticket: Ticket): void {
    const items = this.items;
    items.push(ticket);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Ticket | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < items.length && before(items[left]!, items[least]!)) least = left;
      if (right < items.length && before(items[right]!, items[least]!)) least = right;
      if (least === i) return top;
      [items[i], items[least]] = [items[least]!, items[i]!];
      i = least;
    }
  }
}
