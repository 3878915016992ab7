import { firstTicketNumber, nextTicketNumber, sha256HexOfText, trimTicketNumber } from './ticket-number.js';
import { TicketHeap } from './ticket-heap.js';

export interface SampleOptions {
  /** An id drawn goes back into the basket with a larger ticket number (default false). */
  readonly withReplacement?: boolean;
  /** How many draws of the stream to skip: the draws of earlier rounds (default 0). */
  readonly drop?: number;
  /** How many draws to return after those dropped; required with replacement (default: all). */
  readonly take?: number;
  /** Significant digits of each ticket number shown, after its leading 9s (default 9, as the reference). */
  readonly digits?: number;
}

/** One draw: the ticket number (trimmed), the id drawn, and how many times that id has been drawn so far. */
export interface SampledTicket {
  readonly ticket: string;
  readonly id: string;
  readonly generation: number;
}

export const DEFAULT_TICKET_DIGITS = 9;

/** The ids that occur more than once, each once, in the order they first repeat. */
export function repeatedIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

/**
 * Rivest's consistent sampler (`sampler` in github ron-rivest/consistent_sampler): every id gets a
 * ticket number from SHA-256 of the seed's digest and the id; ids are drawn in increasing ticket order;
 * with replacement a drawn id returns with its next, larger ticket number. Same seed and ids, same
 * tickets and order as the reference (core/audit-sample/consistent-sampler.test.ts lists the published
 * examples it reproduces). Later rounds continue the same stream with `drop`.
 *
 * Bad arguments are the caller's bug (the command line and dashboard check them first): they throw.
 */
export function consistentSample(
  ids: readonly string[],
  seed: string,
  options: SampleOptions = {},
): SampledTicket[] {
  const withReplacement = options.withReplacement ?? false;
  const drop = options.drop ?? 0;
  const take = options.take ?? Infinity;
  const digits = options.digits ?? DEFAULT_TICKET_DIGITS;
  if (!Number.isSafeInteger(drop) || drop < 0) throw new RangeError('drop must be a whole number ≥ 0');
  if (take !== Infinity && (!Number.isSafeInteger(take) || take < 0))
    throw new RangeError('take must be a whole number ≥ 0');
  if (withReplacement && take === Infinity) throw new RangeError('sampling with replacement needs take');
  if (!Number.isSafeInteger(digits) || digits < 1) throw new RangeError('digits must be a whole number ≥ 1');
  const repeated = repeatedIds(ids);
  if (repeated.length > 0) throw new RangeError(`ids must be distinct; repeated: ${repeated.join(', ')}`);

  const seedHash = sha256HexOfText(seed);
  const basket = new TicketHeap();
  for (const id of ids) basket.push({ number: firstTicketNumber(id, seedHash), id, generation: 1 });

  const sample: SampledTicket[] = [];
  for (let count = 1; count <= drop + take; count += 1) {
    const ticket = basket.pop();
    if (!ticket) break;
    if (withReplacement)
      basket.push({
        number: nextTicketNumber(ticket.number),
        id: ticket.id,
        generation: ticket.generation + 1,
      });
    if (count > drop)
      sample.push({
        ticket: trimTicketNumber(ticket.number, digits),
        id: ticket.id,
        generation: ticket.generation,
      });
  }
  return sample;
}
