/** Saves `data` as a file through an `<a download>` and a Blob URL: no downloads permission needed. */
export function downloadJson(fileName: string, data: unknown): void {
  downloadText(fileName, JSON.stringify(data, null, 2) + '\n', 'application/json');
}

/** Saves text as a file of the given media type, the same way. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadData(fileName, text, type);
}

/** Saves text or bytes (a workbook) as a file of the given media type, the same way. */
export function downloadData(fileName: string, data: string | Uint8Array, type: string): void {
  // A copy of bytes is on an ArrayBuffer of its own, as a Blob requires.
  const url = URL.createObjectURL(
    new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the URL over; release it once the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from free text: keeps letters of any script and digits, drops the rest. */
export function safeFileName(text: string): string {
  return (
    text
      .replace(/[^\p{L}\p{N}-]+/gu, '-')
      .replace(/^-+|(?<!-)-+$/g, '')
      .slice(0, 60) || 'tallywitness'
  );
}
