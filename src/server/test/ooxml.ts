import { listEntries, readEntry } from '../lib/zip.js';

/** The text of one part of an OOXML package (word/document.xml), as Word and LibreOffice read it. */
export function zipPart(archive: Buffer, name: string): string {
  const entry = listEntries(archive, 1000).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in the archive`);
  return readEntry(archive, entry, 50 * 1024 * 1024).toString('utf8');
}

/** The visible text of word/document.xml: the runs' text joined, so words split over runs still match. */
export const documentText = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
