/**
 * The server side of `npm run bench`, in its own process so the load generator does not share its CPU time or
 * memory: opens (and fills) the database, serves the app and a bare Fastify route on 127.0.0.1, and answers the
 * runner over IPC — record the SQL of the next requests, replay it through the driver, EXPLAIN it, report RSS.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { openPglite, openPostgres, type Database } from '../src/server/db/client.js';
import { generateScaleData } from '../src/server/seed/scale.js';
import { loadReferenceData } from '../src/server/seed/reference.js';
import { BENCH_PASSWORD, RECORD_HEADER, type FromRunner, type ToRunner } from './protocol.js';

interface Statement {
  text: string;
  params: unknown[];
}

/** Only the request marked with RECORD_HEADER is recorded: stragglers of the previous load run concurrently. */
const marked = new AsyncLocalStorage<boolean>();
let recording: Statement[] | null = null;
const recorded = new Map<string, Statement[]>();
const logger = { logQuery: (text: string, params: unknown[]) => (marked.getStore() ? recording?.push({ text, params }) : undefined) };

const send = (message: ToRunner) => process.send!(message);
const url = process.env.BENCH_SERVER_DATABASE_URL;
const scale = Number(process.env.BENCH_SCALE ?? 1);

const database: Database = url ? await openPostgres(url, { logger }) : await openPglite({ logger });
await database.migrate();
await loadReferenceData(database.db);
const started = performance.now();
const generated = await generateScaleData(database.db, { scale, passwordHash: await hashPassword(BENCH_PASSWORD) });
const loadSeconds = (performance.now() - started) / 1000;

const app = await buildApp({ database, webRoot: process.env.BENCH_WEB_ROOT || false, loginRateLimit: 1_000_000 });
await app.listen({ host: '127.0.0.1', port: 0 });
// Runs before Fastify's own listener, so the handler's async work inherits the mark.
app.server.prependListener('request', (request) => marked.enterWith(request.headers[RECORD_HEADER] === '1'));
const bare = Fastify();
bare.get('/constant', async () => ({ ok: true }));
await bare.listen({ host: '127.0.0.1', port: 0 });
const portOf = (server: typeof app.server) => {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
};

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function replay(statements: Statement[], iterations: number) {
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    for (const statement of statements) await database.query(statement.text, statement.params);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99) };
}

async function explain(statements: Statement[]) {
  const plans: { text: string; ms: number; plan: string }[] = [];
  for (const statement of statements) {
    if (!/^\s*(select|with)\b/i.test(statement.text)) continue;
    const start = performance.now();
    await database.query(statement.text, statement.params);
    const ms = performance.now() - start;
    const result = await database.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.params);
    plans.push({ text: statement.text, ms, plan: (result.rows as Record<string, string>[]).map((row) => Object.values(row)[0]).join('\n') });
  }
  return plans;
}

process.on('message', (message: FromRunner) => {
  void (async () => {
    switch (message.type) {
      case 'record':
        recording = [];
        return send({ type: 'ok', id: message.id });
      case 'stop':
        recorded.set(message.key, recording ?? []);
        recording = null;
        return send({ type: 'statements', id: message.id, count: recorded.get(message.key)!.length });
      case 'replay':
        return send({ type: 'replayed', id: message.id, ...(await replay(recorded.get(message.key) ?? [], message.iterations)) });
      case 'explain':
        return send({ type: 'explained', id: message.id, plans: await explain(recorded.get(message.key) ?? []) });
      case 'rss':
        return send({ type: 'rss', id: message.id, rss: process.memoryUsage().rss });
      case 'close':
        await app.close();
        await bare.close();
        await database.close();
        return process.exit(0);
    }
  })().catch((error: unknown) => send({ type: 'error', id: message.id, message: error instanceof Error ? error.stack ?? error.message : String(error) }));
});

send({ type: 'ready', appPort: portOf(app.server), barePort: portOf(bare.server), kind: database.kind, counts: generated.counts, loadSeconds });
