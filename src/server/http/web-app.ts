import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Vite names every file it emits under assets/ by its content hash, so a name never changes meaning. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and other unhashed files are checked with the server on every use. */
export const REVALIDATE = 'no-cache';

const isHashedAsset = (path: string) => /[/\\]assets[/\\]/.test(path);
const isSourceMap = (path: string) => path.endsWith('.map');

/**
 * Serves the built single-page app from `root`: precompressed `.br`/`.gz` twins when the browser accepts them,
 * hashed assets cached for a year, index.html for every other non-API path, source maps never.
 */
export async function registerWebApp(app: FastifyInstance, root: string) {
  if (!existsSync(root)) return;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    allowedPath: (path) => !isSourceMap(path),
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', isHashedAsset(path) ? IMMUTABLE : REVALIDATE);
    },
  });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    const path = req.url.split('?')[0]!;
    if (path.startsWith('/api/') || isSourceMap(path) || path.startsWith('/assets/')) return reply.callNotFound();
    return reply.header('Cache-Control', REVALIDATE).sendFile('index.html');
  });
}
