import { useState } from 'preact/hooks';
import type { InputError, Result } from '../../core/index.js';

/** The page's list of stored records, or one record opened in one of the page's views (`kind`). */
export type StoredView<Kind extends string, Opened> =
  { readonly kind: 'list' } | { readonly kind: Kind; readonly opened: Opened };

/**
 * A page of records kept in the browser (live tallies, typed sheets): the list, or one record in a
 * view. Each change of view reads the record again from storage (`open`), so that what is shown is
 * what is saved; a record gone shows the list, one that no longer reads keeps the view and says why.
 */
export function useStoredView<Kind extends string, Opened>(
  open: (id: string) => Promise<Result<Opened> | null>,
) {
  const [view, setView] = useState<StoredView<Kind, Opened>>({ kind: 'list' });
  const [problem, setProblem] = useState<readonly InputError[]>([]);
  /** Opens record `id` in view `kind`; true once it is shown. */
  async function show(kind: Kind, id: string): Promise<boolean> {
    const read = await open(id);
    if (!read) {
      setView({ kind: 'list' });
      return false;
    }
    if (!read.ok) {
      setProblem(read.errors);
      return false;
    }
    setProblem([]);
    setView({ kind, opened: read.value });
    return true;
  }
  return { view, show, showList: () => setView({ kind: 'list' }), problem };
}
