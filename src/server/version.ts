import { readFileSync } from 'node:fs';

// src/server and dist/server are both two levels below the package root.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
export const APP_VERSION = pkg.version;
