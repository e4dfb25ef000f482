import { DomainError, invalidField } from '../../lib/errors.js';
import { listEntries, readEntry, writeZip, ZipRefused } from '../../lib/zip.js';

/** How much one import file may hold; the server's configuration can lower or raise each bound. */
export interface ImportLimits {
  /** Data rows per file. */
  maxRows: number;
  /** Entries in the .xlsx archive, read or not. */
  maxArchiveEntries: number;
  /** The parts an import reads, together, once uncompressed. */
  maxUnpackedBytes: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxRows: 5_000, maxArchiveEntries: 1_000, maxUnpackedBytes: 64 * 1024 * 1024 };

const ENV_LIMITS: Record<keyof ImportLimits, string> = {
  maxRows: 'ECONDIP_IMPORT_MAX_ROWS',
  maxArchiveEntries: 'ECONDIP_IMPORT_MAX_ARCHIVE_ENTRIES',
  maxUnpackedBytes: 'ECONDIP_IMPORT_MAX_UNPACKED_BYTES',
};

/** The limits set in the environment (positive integers); unset ones keep their defaults. */
export function importLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ImportLimits> {
  const limits: Partial<ImportLimits> = {};
  for (const [key, name] of Object.entries(ENV_LIMITS) as [keyof ImportLimits, string][]) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    if (!/^[1-9]\d*$/.test(value)) throw new Error(`${name} must be a positive integer, got "${value}"`);
    limits[key] = Number(value);
  }
  return limits;
}

/** The parts of a workbook an import reads, in the order a streaming reader wants them; media, drawings and the rest are never inflated. */
const READ_PARTS: RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/styles\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
];

const tooLarge = (message: string) => new DomainError('payload_too_large', message, { file: message });

/**
 * Checks an uploaded .xlsx before anything inflates it (entry count, then each read part's declared and actual size
 * against what is left of the budget) and returns a clean archive of only the parts an import reads.
 * Throws `payload_too_large` (413) for an archive over the limits and `invalid` (400) for one that is not a workbook.
 */
export function unpackWorkbook(file: Buffer, limits: ImportLimits): Buffer {
  try {
    const entries = listEntries(file, limits.maxArchiveEntries);
    const parts: { name: string; data: Buffer }[] = [];
    let budget = limits.maxUnpackedBytes;
    for (const pattern of READ_PARTS) {
      for (const entry of entries.filter((candidate) => pattern.test(candidate.name))) {
        const data = readEntry(file, entry, budget);
        budget -= data.length;
        parts.push({ name: entry.name, data });
      }
    }
    return writeZip(parts);
  } catch (error) {
    if (!(error instanceof ZipRefused)) throw error;
    if (error.problem === 'too_many_entries') throw tooLarge(error.message);
    if (error.problem === 'entry_too_large') throw tooLarge(`The workbook is too large once uncompressed (at most ${limits.maxUnpackedBytes} bytes of sheets and text); split it into smaller files`);
    throw invalidField('file', error.problem === 'unsupported' ? `${error.message}; save the file again from Excel` : 'The file is not a readable XLSX workbook');
  }
}
