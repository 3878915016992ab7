import { useEffect, useState } from 'preact/hooks';
import { loadRecount, type LoadedRecount } from './load-recount.js';

/**
 * The recount's election and tally sheets read again in the page, for the panels that need the figures
 * box by box (the audit's worker returns the report, not the sheets). Null while reading, or when the
 * recount had no boxes.csv and tallies.csv.
 */
export function useLoadedRecount(election?: File, boxes?: File, tallies?: File): LoadedRecount | null {
  const [loaded, setLoaded] = useState<LoadedRecount | null>(null);
  useEffect(() => {
    setLoaded(null);
    if (!election || !boxes || !tallies) return;
    let current = true;
    void loadRecount(election, boxes, tallies).then((result) => current && setLoaded(result));
    return () => {
      current = false;
    };
  }, [election, boxes, tallies]);
  return loaded;
}
