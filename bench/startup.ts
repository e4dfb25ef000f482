/**
 * `npx tsx bench/startup.ts [dataDir]`: time from `npm start` to the first answered request, on an already built
 * checkout — a first start (a new embedded database: migrations, reference and demo data) then a restart.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function timeToFirstRequest(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--', '--port', '0'], { env: { ...process.env, ECONDIP_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  const response = await fetch(`${url}/api/v1/health`);
  const seconds = (performance.now() - started) / 1000;
  if (!response.ok) throw new Error(`health answered ${response.status}`);
  process.kill(-child.pid!, 'SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
  return seconds;
}

const dataDir = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), 'econdip-start-')), 'data');
console.log(`first start (new database): ${(await timeToFirstRequest(dataDir)).toFixed(1)} s`);
console.log(`restart: ${(await timeToFirstRequest(dataDir)).toFixed(1)} s`);
