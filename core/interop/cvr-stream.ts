import { JSONParser } from '@streamparser/json';
import type { InputError } from '../model/result.js';

/** A member of one of the report's top-level arrays, e.g. the 12th record: `$.CVR`, 11. */
export interface ReportItem {
  readonly array: string;
  readonly index: number;
  readonly value: unknown;
}

/**
 * Reads a NIST report as a stream with @streamparser/json, yielding what the paths name among the
 * top-level arrays (`CVR`, `Election` …) chunk by chunk as they are parsed. Nothing else is kept, so a
 * county's records take the memory of one record. A syntax error ends the stream as its return
 * value, named by its byte offset.
 */
export async function* reportItems(
  file: string,
  chunks: AsyncIterable<Uint8Array>,
  /**
   * `$.CVR.*` for each member of an array as it is parsed, `$.Election` for a (small) array whole
   * (`index` -1) once it is complete.
   */
  paths: readonly string[],
  signal?: AbortSignal,
): AsyncGenerator<ReportItem[], InputError | null> {
  const parser = new JSONParser({ paths: [...paths], keepStack: false });
  let failure: InputError | null = null;
  let offset = 0;
  let batch: ReportItem[] = [];
  parser.onValue = ({ value, key, stack }) => {
    const holder = stack[stack.length - 1]?.key;
    if (typeof key === 'string' && stack.length === 1) batch.push({ array: key, index: -1, value });
    else if (typeof key === 'number' && typeof holder === 'string' && stack.length === 2)
      batch.push({ array: holder, index: key, value });
  };
  // The byte of the last token read: where a token out of place is.
  let tokenAt = 0;
  parser.onToken = ({ offset: at }) => {
    tokenAt = at;
  };
  parser.onError = (error: Error) => {
    failure ??= syntaxError(file, tokenAt, error.message);
  };
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    if (parser.isEnded && chunk.some((byte) => !isJsonSpace(byte)))
      return syntaxError(file, offset, 'content after the end of the JSON document');
    if (!parser.isEnded) parser.write(chunk);
    offset += chunk.byteLength;
    if (failure) return failure;
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  if (!parser.isEnded) parser.end();
  return failure ?? (offset === 0 ? syntaxError(file, 0, 'the file is empty') : null);
}

const isJsonSpace = (byte: number): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

function syntaxError(file: string, offset: number, detail: string): InputError {
  const at = /absolute position "?(\d+)/.exec(detail)?.[1];
  const where = at ?? String(offset);
  return {
    file,
    path: '$',
    message: {
      zh: `JSON 语法错误，在字节偏移 ${where} 处（${detail}）`,
      en: `JSON syntax error at byte offset ${where} (${detail})`,
    },
  };
}
