import type { StoredKey } from '../shared/key-store.js';

/** The signing keys kept in this browser, by name and fingerprint: which one signs. */
export function KeyChoice({
  label,
  keys,
  value,
  onChange,
}: {
  label: string;
  keys: readonly StoredKey[];
  value: string;
  onChange(id: string): void;
}) {
  return (
    <label class="field">
      {label}
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {keys.map((key) => (
          <option key={key.id} value={key.id}>
            {key.label} · {key.id}
          </option>
        ))}
      </select>
    </label>
  );
}
