// fflate rather than node:zlib, so the package bundles for browsers too.
import { deflateSync } from "fflate";
import { crc32 } from "./crc32.js";
import { ExportError } from "./export-error.js";

export interface ZipEntry {
  /** Path inside the archive, with `/` separators. */
  readonly name: string;
  /** Text is stored as UTF-8. */
  readonly content: string | Uint8Array;
}

/** MS-DOS date and time fields of a zip entry (UTC fields of the date, 2-second resolution). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

const UTF8_NAMES = 0x0800;

interface EntryFields {
  readonly method: 0 | 8;
  readonly stamp: { readonly time: number; readonly date: number };
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly name: Uint8Array;
}

/**
 * The run of fields the local header and the central directory entry share, in the same order:
 * version needed (2.0), flags, method, time, date, CRC-32, both sizes and the name length.
 */
function writeEntryFields(view: DataView, at: number, fields: EntryFields): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, UTF8_NAMES, true);
  view.setUint16(at + 4, fields.method, true);
  view.setUint16(at + 6, fields.stamp.time, true);
  view.setUint16(at + 8, fields.stamp.date, true);
  view.setUint32(at + 10, fields.crc, true);
  view.setUint32(at + 14, fields.compressed, true);
  view.setUint32(at + 18, fields.size, true);
  view.setUint16(at + 22, fields.name.length, true);
}
const LIMIT = 0xffffffff;

/**
 * A zip archive (deflate, or stored when deflate does not help) of the entries, in order. The same
 * entries and date always give the same bytes. No zip64: more than 4 GiB or 65 535 entries is an
 * ExportError.
 */
export function createZip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  if (entries.length > 0xffff) throw new ExportError([`zip: ${entries.length} entries is more than 65535`]);
  const encoder = new TextEncoder();
  const stamp = dosDateTime(modified);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = typeof entry.content === "string" ? encoder.encode(entry.content) : entry.content;
    const deflated = deflateSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.length);
    const crc = crc32(data);
    if (data.length > LIMIT || offset + 30 + name.length + body.length > LIMIT) {
      throw new ExportError([`zip: "${entry.name}" does not fit in a zip without zip64`]);
    }
    const fields: EntryFields = {
      method: stored ? 0 : 8,
      stamp,
      crc,
      compressed: body.length,
      size: data.length,
      name,
    };
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    writeEntryFields(local, 4, fields);
    // extra length: 0
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    writeEntryFields(header, 6, fields);
    // extra length, comment length, disk number, internal and external attributes: all 0
    header.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, body);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + body.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const parts = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
