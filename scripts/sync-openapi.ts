/** Writes openapi.json from the routes' zod schemas; a test fails when the checked-in copy is stale. */
import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/server/app.js';
import { openPglite } from '../src/server/db/client.js';

export async function generateOpenApi(): Promise<string> {
  const database = await openPglite();
  try {
    const app = await buildApp({ database, webRoot: false });
    await app.ready();
    const document = JSON.stringify(app.swagger(), null, 2) + '\n';
    await app.close();
    return document;
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../openapi.json', import.meta.url), await generateOpenApi());
  process.stdout.write('openapi.json written\n');
}
