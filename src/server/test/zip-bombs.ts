import { constants, deflateRawSync } from 'node:zlib';
import { listEntries, readEntry, writeZip, type ZipPart } from '../lib/zip.js';

const MIB = 1024 * 1024;

/**
 * Raw deflate data that inflates to `mebibytes` MiB of zeros, about a thousandth of that in size: one flushed
 * megabyte of zeros repeated, then an empty final block.
 */
export function deflatedZeros(mebibytes: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(MIB), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: mebibytes }, () => chunk), deflateRawSync(Buffer.alloc(0))]);
}

/** The workbook's parts (inflated), with some replaced or added, as a new archive. */
export function rewriteArchive(xlsx: Buffer, change: (parts: ZipPart[]) => ZipPart[]): Buffer {
  const parts = listEntries(xlsx, 10_000).map((entry) => ({ name: entry.name, data: readEntry(xlsx, entry, 100 * MIB) }));
  return writeZip(change(parts));
}

/** A part of `mebibytes` MiB of zeros that declares `declaredBytes` (its true size unless told to lie). */
export const zeroPart = (name: string, mebibytes: number, declaredBytes = mebibytes * MIB): ZipPart => ({
  name,
  data: deflatedZeros(mebibytes),
  deflated: { size: declaredBytes, crc: 0 },
});
