import { Inflate } from 'fflate';
import type { Bilingual } from '../model/finding.js';

/**
 * The few entries of a ZIP archive (an .xlsx workbook) that the reader needs, inflated under a cap on
 * their uncompressed size. The central directory is read here rather than by fflate's unzipSync, because
 * unzipSync trusts each entry's declared size: a lying header would silently truncate a sheet. Here the
 * compressed data is fed to fflate's streaming inflater in 16 KiB slices, so a zip bomb is stopped once
 * the running total passes the cap, and each entry's actual size and CRC-32 must match its declaration.
 */
export interface ZipLimits {
  /** The most uncompressed bytes read from the archive, all wanted entries together. */
  readonly maxBytes: number;
}

/** 200 MiB: a county's workbook of tally sheets is a few megabytes. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxBytes: 200 * 1024 * 1024 };

export type ZipRead = { ok: true; entries: Map<string, Uint8Array> } | { ok: false; message: Bilingual };

/** Compressed bytes per push: deflate expands at most ~1032:1, so one push yields at most ~17 MB. */
const SLICE = 16 * 1024;

const bad = (zh: string, en: string): ZipRead => ({ ok: false, message: { zh, en } });

/** Reads the entries whose names `want` accepts. */
export function readZipEntries(
  bytes: Uint8Array,
  want: (name: string) => boolean,
  limits = DEFAULT_ZIP_LIMITS,
): ZipRead {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 65535; at--)
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0)
    return bad('不是有效的 .xlsx 文件（找不到 ZIP 目录）', 'not a valid .xlsx file (no ZIP directory)');
  const count = u16(end + 10);
  let at = u32(end + 16);
  const wanted: { name: string; method: number; crc: number; size: number; stored: number; local: number }[] =
    [];
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50)
      return bad('.xlsx 文件的 ZIP 目录已损坏', 'the .xlsx file has a damaged ZIP directory');
    const nameLength = u16(at + 28);
    const entry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      crc: u32(at + 16),
      stored: u32(at + 20),
      size: u32(at + 24),
      local: u32(at + 42),
    };
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (want(entry.name)) wanted.push(entry);
  }
  let declared = 0;
  for (const entry of wanted) declared += entry.size;
  if (declared > limits.maxBytes) return tooLarge(limits);
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of wanted) {
    const local = entry.local;
    if (local + 30 > bytes.length || u32(local) !== 0x04034b50)
      return bad(`.xlsx 文件中 ${entry.name} 已损坏`, `${entry.name} in the .xlsx file is damaged`);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    const data = bytes.subarray(start, start + entry.stored);
    if (data.length !== entry.stored)
      return bad(`.xlsx 文件中 ${entry.name} 不完整`, `${entry.name} in the .xlsx file is cut short`);
    let out: Uint8Array;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) {
      const inflated = inflateCapped(data, limits.maxBytes - total);
      if (inflated === 'too large') return tooLarge(limits);
      if (inflated === 'damaged')
        return bad(
          `.xlsx 文件中 ${entry.name} 无法解压`,
          `${entry.name} in the .xlsx file cannot be inflated`,
        );
      out = inflated;
    } else
      return bad(
        `.xlsx 文件中 ${entry.name} 使用了不支持的压缩方式 ${entry.method}`,
        `${entry.name} in the .xlsx file uses an unsupported compression method ${entry.method}`,
      );
    total += out.length;
    if (total > limits.maxBytes) return tooLarge(limits);
    if (out.length !== entry.size || crc32(out) !== entry.crc)
      return bad(
        `.xlsx 文件中 ${entry.name} 与其校验值不符（文件已损坏）`,
        `${entry.name} in the .xlsx file does not match its checksum (the file is damaged)`,
      );
    entries.set(entry.name, out);
  }
  return { ok: true, entries };
}

function tooLarge(limits: ZipLimits): ZipRead {
  const mib = Math.round(limits.maxBytes / 1024 / 1024);
  return bad(
    `.xlsx 文件解压后超过 ${mib} MiB 的上限（可能是压缩炸弹）`,
    `the .xlsx file inflates beyond the ${mib} MiB limit (possibly a zip bomb)`,
  );
}

/** Inflates in slices, giving up as soon as the output passes `room` bytes. */
function inflateCapped(data: Uint8Array, room: number): Uint8Array | 'too large' | 'damaged' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > room) over = true;
    else chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let at = 0; at < data.length && !over; at += SLICE)
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  } catch {
    return 'damaged';
  }
  if (over) return 'too large';
  if (!done) return 'damaged';
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

let CRC_TABLE: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  const table = CRC_TABLE;
  for (let i = 0; i < bytes.length; i++) crc = (table[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
