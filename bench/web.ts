/** The web budget: JavaScript the browser must load before the first page (index.html's entry and its preloads), gzipped. */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const WEB_ROOT = new URL('../dist/web/', import.meta.url);

export async function webBudget(): Promise<{ initialJsGzipKb: number; files: string[] } | { skipped: string }> {
  const index = new URL('index.html', WEB_ROOT);
  if (!existsSync(index)) return { skipped: 'dist/web is not built (npm run build:web)' };
  const html = readFileSync(index, 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(new URL(file, WEB_ROOT))).length, 0);
  return { initialJsGzipKb: Math.round(bytes / 1024), files };
}
