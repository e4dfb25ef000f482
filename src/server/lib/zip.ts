import { crc32, inflateRawSync } from 'node:zlib';

/**
 * Just enough of the ZIP format to open an uploaded archive without trusting it: the central directory is read
 * first, entries are inflated one by one with a hard cap on their output, and a clean archive of the chosen
 * entries can be written back (stored, uncompressed) for a library that would otherwise inflate everything.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** What the archive declares; the inflated size is checked against it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipProblem = 'not_zip' | 'too_many_entries' | 'entry_too_large' | 'unsupported';

export class ZipRefused extends Error {
  constructor(
    readonly problem: ZipProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ZipRefused';
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;
const UTF8_NAMES = 0x800;

function findEndOfDirectory(archive: Buffer): number {
  const earliest = Math.max(0, archive.length - 22 - 0xffff);
  for (let at = archive.length - 22; at >= earliest; at--) if (archive.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  throw new ZipRefused('not_zip', 'The file is not a ZIP archive');
}

/** The entries of the central directory; refuses more than `maxEntries` before reading any of them. */
export function listEntries(archive: Buffer, maxEntries: number): ZipEntry[] {
  if (archive.length < 22) throw new ZipRefused('not_zip', 'The file is not a ZIP archive');
  const end = findEndOfDirectory(archive);
  const total = archive.readUInt16LE(end + 10);
  const directorySize = archive.readUInt32LE(end + 12);
  const directoryOffset = archive.readUInt32LE(end + 16);
  if (total === 0xffff || directoryOffset === ZIP64_MARK) throw new ZipRefused('unsupported', 'ZIP64 archives are not accepted');
  if (total > maxEntries) throw new ZipRefused('too_many_entries', `The archive holds ${total} entries; at most ${maxEntries} are accepted`);
  if (directoryOffset + directorySize > end) throw new ZipRefused('not_zip', 'The ZIP directory is damaged');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < total; index++) {
    if (at + 46 > end || archive.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipRefused('not_zip', 'The ZIP directory is damaged');
    const nameLength = archive.readUInt16LE(at + 28);
    const flags = archive.readUInt16LE(at + 8);
    const entry: ZipEntry = {
      flags,
      method: archive.readUInt16LE(at + 10),
      compressedSize: archive.readUInt32LE(at + 20),
      uncompressedSize: archive.readUInt32LE(at + 24),
      localHeaderOffset: archive.readUInt32LE(at + 42),
      name: archive.toString(flags & UTF8_NAMES ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength),
    };
    if ([entry.compressedSize, entry.uncompressedSize, entry.localHeaderOffset].includes(ZIP64_MARK)) throw new ZipRefused('unsupported', 'ZIP64 archives are not accepted');
    entries.push(entry);
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * One entry's bytes. Refuses an entry that declares more than `maxBytes` before inflating it, stops inflating as
 * soon as the output passes `maxBytes` (a declared size can lie), and checks the result against the declaration.
 */
export function readEntry(archive: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const tooLarge = () => new ZipRefused('entry_too_large', `The part ${entry.name} is larger than ${maxBytes} bytes once uncompressed`);
  if (entry.flags & ENCRYPTED) throw new ZipRefused('unsupported', 'Encrypted archives are not accepted');
  if (entry.uncompressedSize > maxBytes) throw tooLarge();
  const local = entry.localHeaderOffset;
  if (local + 30 > archive.length || archive.readUInt32LE(local) !== LOCAL_HEADER) throw new ZipRefused('not_zip', `The ZIP entry ${entry.name} is damaged`);
  const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
  if (start + entry.compressedSize > archive.length) throw new ZipRefused('not_zip', `The ZIP entry ${entry.name} is damaged`);
  const data = archive.subarray(start, start + entry.compressedSize);
  let bytes: Buffer;
  if (entry.method === STORED) bytes = data;
  else if (entry.method === DEFLATED) {
    try {
      bytes = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw new ZipRefused('not_zip', `The ZIP entry ${entry.name} is damaged`);
    }
  } else throw new ZipRefused('unsupported', `The ZIP entry ${entry.name} uses an unsupported compression`);
  if (bytes.length !== entry.uncompressedSize) throw new ZipRefused('not_zip', `The ZIP entry ${entry.name} does not match its declared size`);
  return bytes;
}

export interface ZipPart {
  name: string;
  data: Buffer;
  /** `data` is raw deflate output that inflates to `size` bytes with this CRC (stored as is otherwise). */
  deflated?: { size: number; crc: number };
}

/** An archive of the given parts, stored without compression unless a part comes deflated. */
export function writeZip(parts: ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(part.deflated ? DEFLATED : STORED, 8);
    header.writeUInt32LE(part.deflated?.crc ?? crc32(part.data), 14);
    header.writeUInt32LE(part.data.length, 18);
    header.writeUInt32LE(part.deflated?.size ?? part.data.length, 22);
    header.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(DIRECTORY_ENTRY, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    header.copy(entry, 8, 6, 26);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(header, name, part.data);
    directory.push(entry, name);
    offset += header.length + name.length + part.data.length;
  }
  const directorySize = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
