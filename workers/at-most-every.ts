/**
 * `report`, passed on at most once every `intervalMs` (progress crossing a message channel must not
 * flood it), except for values `always` says must get through (the last one, say).
 */
export function atMostEvery<T>(
  report: (value: T) => void,
  intervalMs: number,
  always: (value: T) => boolean = () => false,
): (value: T) => void {
  let last = 0;
  return (value) => {
    const now = Date.now();
    if (always(value) || now - last >= intervalMs) {
      last = now;
      report(value);
    }
  };
}
