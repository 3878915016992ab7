import type { SampledTicket } from '../../core/index.js';

export interface SampleTableWords {
  readonly order: string;
  readonly ticket: string;
  readonly id: string;
  readonly generation: string;
}

/**
 * The draws of a selection, one row each (order, ticket, id, generation), with the draw's values as
 * data attributes so that a reader or a test compares them with the command line's JSON. `first` is the
 * order of the first row: a later round continues the numbering of the stream. Each cell names its
 * column (`data-label`), shown before it where a narrow window stacks the rows (`stacked-rows`).
 */
export function SampleTable({
  sample,
  first,
  caption,
  words,
  ...attributes
}: {
  sample: readonly SampledTicket[];
  first: number;
  caption: string;
  words: SampleTableWords;
  class?: string;
  /** How a page or test finds the table. */
  'data-testid'?: string;
  'data-sample'?: boolean;
}) {
  return (
    <table {...attributes}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{words.order}</th>
          <th scope="col">{words.ticket}</th>
          <th scope="col">{words.id}</th>
          <th scope="col">{words.generation}</th>
        </tr>
      </thead>
      <tbody>
        {sample.map((ticket, index) => (
          <tr
            key={`${ticket.id}#${ticket.generation}`}
            data-ticket={ticket.ticket}
            data-id={ticket.id}
            data-generation={ticket.generation}
          >
            <td data-label={words.order}>{first + index}</td>
            <td class="ticket" data-label={words.ticket}>
              {ticket.ticket}
            </td>
            <td data-label={words.id}>{ticket.id}</td>
            <td data-label={words.generation}>{ticket.generation}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
