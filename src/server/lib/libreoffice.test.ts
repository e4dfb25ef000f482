import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertToPdf, findExecutable, findLibreOffice } from './libreoffice.js';

describe('LibreOffice', () => {
  it('is found on the PATH or where ECONDIP_LIBREOFFICE says, and not where it is absent', () => {
    expect(findExecutable(['sh'], '/nonexistent:/bin')).toBe('/bin/sh');
    expect(findExecutable(['no-such-program'], '/bin:/usr/bin')).toBeNull();
    expect(findLibreOffice({ ECONDIP_LIBREOFFICE: '/nonexistent/soffice', PATH: '/usr/bin' })).toBeNull();
    expect(findLibreOffice({ ECONDIP_LIBREOFFICE: '/bin/sh' })).toBe('/bin/sh');
  });

  it('says what LibreOffice answered when it exits without writing the PDF (as it does for an .xlsx without Calc)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'econdip-fake-soffice-'));
    try {
      // Stands in for LibreOffice: succeeds, writes nothing, says why on stderr.
      const program = join(dir, 'soffice');
      await writeFile(program, '#!/bin/sh\necho "Error: no export filter for document.pdf found, aborting." >&2\nexit 0\n');
      await chmod(program, 0o755);
      await expect(convertToPdf(program, Buffer.from('PK'), 'xlsx')).rejects.toThrow('LibreOffice wrote no PDF from the .xlsx file: Error: no export filter for document.pdf found, aborting.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
