import type { Contest } from '../../../core/index.js';

/** The contest the audit panels work on: one select, labelled in the page's language. */
export function ContestChooser({
  label,
  contests,
  value,
  onChange,
}: {
  label: string;
  contests: readonly Contest[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <p>
      <label>
        {label}{' '}
        <select value={value} onChange={(e) => onChange(e.currentTarget.value)} data-control="contest">
          {contests.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}

/** The chosen contest, or the first one when the id names none (nothing chosen yet). */
export const contestOf = (contests: readonly Contest[], id: string): Contest | undefined =>
  contests.find((c) => c.id === id) ?? contests[0];
