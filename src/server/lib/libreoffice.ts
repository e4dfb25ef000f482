import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The first of `names` that is an executable file in a folder of `path` (names with a slash are taken as they are). */
export function findExecutable(names: string[], path = process.env.PATH ?? ''): string | null {
  const candidates = names.flatMap((name) => (name.includes('/') ? [name] : path.split(delimiter).flatMap((dir) => (dir ? [join(dir, name)] : []))));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** LibreOffice's program: $ECONDIP_LIBREOFFICE, else `soffice` or `libreoffice` on the PATH; null when absent. */
export const findLibreOffice = (env: NodeJS.ProcessEnv = process.env): string | null =>
  env.ECONDIP_LIBREOFFICE ? findExecutable([env.ECONDIP_LIBREOFFICE], env.PATH) : findExecutable(['soffice', 'libreoffice'], env.PATH);

/**
 * Converts a document to PDF with headless LibreOffice (fonts embedded). Each conversion has its own folder and
 * LibreOffice profile, so conversions running at once do not lock each other out.
 */
export async function convertToPdf(program: string, file: Buffer, extension: 'docx' | 'xlsx', timeoutMs = 120_000): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'econdip-pdf-'));
  try {
    const input = join(dir, `document.${extension}`);
    await writeFile(input, file);
    const { stdout, stderr } = await run(program, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: timeoutMs });
    // LibreOffice exits 0 without a file when it cannot read the input or lacks the module (Calc for .xlsx).
    return await readFile(join(dir, 'document.pdf')).catch(() => {
      throw new Error(`LibreOffice wrote no PDF from the .${extension} file: ${`${stderr} ${stdout}`.replace(/\s+/g, ' ').trim().slice(0, 500) || 'no message'}`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
