import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.js';
import { openPglite, type Database } from '../db/client.js';

const script = `export const page = ${JSON.stringify('econdip '.repeat(500))};`;
const html = `<!doctype html><html><head><script type="module" src="/assets/index-AbCd1234.js"></script></head><body>${'<p>econdip</p>'.repeat(200)}</body></html>`;

let root: string;
let database: Database;
let app: App;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'econdip-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), html);
  writeFileSync(join(root, 'assets', 'index-AbCd1234.js'), script);
  writeFileSync(join(root, 'assets', 'index-AbCd1234.js.br'), zlib.brotliCompressSync(script));
  writeFileSync(join(root, 'assets', 'index-AbCd1234.js.map'), '{"sources":["secret.ts"]}');
  database = await openPglite();
  app = await buildApp({ database, webRoot: root });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('serving the web app', () => {
  it('sends the precompressed brotli twin of an asset when the browser accepts br, with a year-long immutable cache', async () => {
    const res = await get('/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('compresses on the fly with gzip when no twin exists, and sends plain bytes to a browser that asks for none', async () => {
    const gz = await get('/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/index-AbCd1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.payload).toBe(script);
  });

  it('sends index.html with no-cache, for the root and for every app path', async () => {
    for (const url of ['/', '/index.html', '/periods/123?x=1']) {
      const res = await get(url, { 'accept-encoding': 'br' });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(zlib.brotliDecompressSync(res.rawPayload).toString(), url).toBe(html);
    }
  });

  it('never serves source maps, and a missing asset is a 404 rather than the page', async () => {
    expect((await get('/assets/index-AbCd1234.js.map')).statusCode).toBe(404);
    expect((await get('/assets/gone-Zz99Zz99.js')).statusCode).toBe(404);
  });

  it('compresses API answers when asked', async () => {
    const res = await get('/api/v1/openapi.json', { 'accept-encoding': 'br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(res.rawPayload).toString())).toHaveProperty('openapi', '3.1.0');
  });
});
