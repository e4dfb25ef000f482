/**
 * `npm run bench [-- --quick | --scale N | --seconds S | --explain | --db pglite|postgres|both]`
 *
 * For each database (PGlite always; PostgreSQL when BENCH_DATABASE_URL is set) a server process loads generated
 * national-scale data (`econdip bench generate`), then every main endpoint is measured side by side in one run:
 * autocannon on 127.0.0.1 at concurrency 1 and 32 (p50/p95/p99, req/s), the very SQL the endpoint ran replayed
 * through the driver, and a bare Fastify route returning a constant. Ratios measured together are what count on
 * a shared machine. Writes results to bench/results/<date>-scale<N>.json and prints a Markdown table.
 * Asserts no timing: it fails only when a request errors.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { execSync } from 'node:child_process';
import { BENCH_PASSWORD, RECORD_HEADER, type FromRunner, type Percentiles, type Plan, type ToRunner } from './protocol.js';
import { SCALE_EMAIL_DOMAIN } from '../src/server/seed/scale.js';
import { webBudget } from './web.js';
import { activityColumns } from '../src/server/modules/activity-imports/activity-imports.columns.js';
import { DEFAULT_IMPORT_LIMITS } from '../src/server/modules/imports/imports.archive.js';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    scale: { type: 'string' },
    seconds: { type: 'string' },
    explain: { type: 'boolean' },
    db: { type: 'string' },
    out: { type: 'string' },
  },
});
const quick = options.quick ?? false;
const scale = Number(options.scale ?? (quick ? 0.05 : 1));
const seconds = Number(options.seconds ?? (quick ? 1 : 3));
const sqlIterations = quick ? 10 : 60;
const importRows = quick ? 200 : 2_000;
/** A dry run of a file at the default row limit (ECONDIP_IMPORT_MAX_ROWS). */
const largeImportRows = quick ? 1_000 : DEFAULT_IMPORT_LIMITS.maxRows;
const databaseServer = process.env.BENCH_DATABASE_URL;
const databases = (options.db ?? 'both') === 'both' ? ['pglite', 'postgres'] : [options.db!];

type Category = 'simple' | 'list' | 'entity' | 'dashboard' | 'search' | 'write' | 'sign-in';

interface Endpoint {
  name: string;
  category: Category;
  method?: 'GET' | 'POST';
  path: string | (() => string);
  body?: () => unknown;
  /** A distinct target per request (writes): its path and body together. */
  next?: () => { path: string; body: unknown };
}

function requestOf(endpoint: Endpoint) {
  if (endpoint.next) return endpoint.next();
  return { path: typeof endpoint.path === 'string' ? endpoint.path : endpoint.path(), body: endpoint.body?.() };
}

interface Line {
  name: string;
  category: Category;
  statements: number;
  sql: Percentiles | null;
  c1: Load;
  c32: Load;
}

interface Load extends Percentiles {
  rps: number;
  requests: number;
  errors: number;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

class Server {
  private next = 1;
  private readonly waiting = new Map<number, (message: ToRunner) => void>();
  ready: Promise<Extract<ToRunner, { type: 'ready' }>>;
  constructor(private readonly child: ChildProcess) {
    this.ready = new Promise((resolve, reject) => {
      child.on('message', (message: ToRunner) => {
        if (message.type === 'ready') return resolve(message);
        const done = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (message.type === 'error') throw new Error(`bench server: ${message.message}`);
        done?.(message);
      });
      child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
  }
  ask<T extends ToRunner['type']>(message: WithoutId<FromRunner>): Promise<Extract<ToRunner, { type: T }>> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve as (message: ToRunner) => void);
      this.child.send({ ...message, id });
    });
  }
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * Writes need a distinct target per request (a task at version 1), which autocannon cannot give: its connections
 * share one request object. A loop of fetch workers does, at the same concurrency.
 */
async function loadDistinct(port: number, endpoint: Endpoint, connections: number, cookie: string): Promise<Load> {
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  const perWorker = connections === 1 ? 10 : 2;
  const worker = async () => {
    for (let i = 0; quick ? i < perWorker : performance.now() - started < seconds * 1000; i += 1) {
      const { path, body } = requestOf(endpoint);
      const t0 = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: endpoint.method, headers: { cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      times.push(performance.now() - t0);
      if (!response.ok) {
        errors += 1;
        if (errors === 1) console.log(`  ${endpoint.name} at c=${connections}: ${response.status} ${text.slice(0, 200)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99), rps: times.length / elapsed, requests: times.length, errors };
}

async function load(port: number, endpoint: Endpoint, connections: number, cookie: string, rss?: () => void): Promise<Load> {
  if (endpoint.method === 'POST') return loadDistinct(port, endpoint, connections, cookie);
  const times: number[] = [];
  const path = typeof endpoint.path === 'string' ? endpoint.path : '/';
  const instance = autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections,
    // --quick: a fixed number of requests, so CI takes the same time however slow the machine is.
    ...(quick ? { amount: connections === 1 ? 10 : 64 } : { duration: seconds }),
    headers: { cookie, 'content-type': 'application/json', 'accept-encoding': 'identity' },
    requests: [
      {
        method: endpoint.method ?? 'GET',
        setupRequest: (request) => ({
          ...request,
          path: typeof endpoint.path === 'string' ? endpoint.path : endpoint.path(),
          body: endpoint.body ? JSON.stringify(endpoint.body()) : undefined,
        }),
      },
    ],
  });
  const statuses: Record<number, number> = {};
  instance.on('response', (_client, status, _bytes, responseTime) => {
    times.push(responseTime);
    if (status >= 300) statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const sampler = rss ? setInterval(rss, 250) : undefined;
  const result = await instance;
  clearInterval(sampler);
  times.sort((a, b) => a - b);
  if (Object.keys(statuses).length) console.log(`  ${endpoint.name} at c=${connections}: answers ${JSON.stringify(statuses)}`);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99), rps: result.requests.average, requests: result.requests.total, errors: result.non2xx + result.errors };
}

async function api<T>(port: number, cookie: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function benchDatabase(kind: string) {
  let databaseUrl: string | undefined;
  let drop = async () => {};
  if (kind === 'postgres') {
    const server = databaseServer;
    if (!server) {
      console.log('\n(PostgreSQL skipped: set BENCH_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres)');
      return null;
    }
    const name = `econdip_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    drop = async () => {
      const cleanup = new pg.Client({ connectionString: server });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    };
  }
  const child = fork(new URL('./server.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_SERVER_DATABASE_URL: databaseUrl ?? '', BENCH_SCALE: String(scale) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const server = new Server(child);
  try {
    const ready = await server.ready;
    const total = Object.values(ready.counts).reduce((a, b) => a + b, 0);
    console.log(`\n== ${kind}, scale ${scale}: ${total.toLocaleString('en')} generated rows loaded in ${ready.loadSeconds.toFixed(1)} s (${Math.round(total / ready.loadSeconds).toLocaleString('en')} rows/s)`);
    const port = ready.appPort;
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `hq0@${SCALE_EMAIL_DOMAIN}`, password: BENCH_PASSWORD }) });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const endpoints = await endpointsFor(port, cookie);

    let peakRss = 0;
    const sampleRss = () => void server.ask<'rss'>({ type: 'rss' }).then((m) => (peakRss = Math.max(peakRss, m.rss)));
    const bareEndpoint: Endpoint = { name: 'bare Fastify route returning a constant', category: 'simple', path: '/constant' };
    const bare = { c1: await load(ready.barePort, bareEndpoint, 1, ''), c32: await load(ready.barePort, bareEndpoint, 32, '') };
    const lines: Line[] = [];
    for (const endpoint of endpoints) {
      await server.ask({ type: 'record' });
      const { path, body } = requestOf(endpoint);
      const first = await fetch(`http://127.0.0.1:${port}${path}`, {
        method: endpoint.method ?? 'GET',
        headers: { cookie, 'content-type': 'application/json', [RECORD_HEADER]: '1' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const firstBody = await first.text();
      const { count } = await server.ask<'statements'>({ type: 'stop', key: endpoint.name });
      if (!first.ok) throw new Error(`${endpoint.name}: ${first.status} ${firstBody.slice(0, 300)}`);
      const sql = endpoint.category === 'write' || endpoint.category === 'sign-in' ? null : await server.ask<'replayed'>({ type: 'replay', key: endpoint.name, iterations: sqlIterations });
      const line: Line = {
        name: endpoint.name,
        category: endpoint.category,
        statements: count,
        sql: sql && { p50: sql.p50, p95: sql.p95, p99: sql.p99 },
        c1: await load(port, endpoint, 1, cookie),
        c32: await load(port, endpoint, 32, cookie, sampleRss),
      };
      lines.push(line);
      console.log(formatLine(line, bare.c32.rps));
    }
    const excel = await importSpeed(port, cookie, { rows: importRows, dryRun: false, title: 'Hoạt động nhập từ Excel' });
    console.log(describeImport('Excel import', excel));
    const excelDryRun = await importSpeed(port, cookie, { rows: largeImportRows, dryRun: true, title: 'Hoạt động kiểm tra từ Excel' });
    console.log(describeImport('Excel import, dry run of a file at the row limit', excelDryRun));
    const plans: Record<string, Plan[]> = {};
    if (options.explain) {
      const slowest = [...lines].filter((l) => l.sql).sort((a, b) => b.sql!.p50 - a.sql!.p50).slice(0, 5);
      for (const line of slowest) {
        plans[line.name] = (await server.ask<'explained'>({ type: 'explain', key: line.name })).plans;
        console.log(`\n--- EXPLAIN (ANALYZE, BUFFERS): ${line.name} (SQL p50 ${line.sql!.p50.toFixed(1)} ms)`);
        for (const plan of plans[line.name]!) console.log(`\n${plan.text}\n${plan.plan}`);
      }
    }
    return { kind, counts: ready.counts, loadSeconds: ready.loadSeconds, bare, lines, peakRssMb: Math.round(peakRss / 1_048_576), excel, excelDryRun, plans };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close', id: 0 });
      await exited;
    }
    await drop();
  }
}

const ms = (value: number) => value.toFixed(1);

function formatLine(line: Line, bareRps: number) {
  const ratio = line.sql ? ` API/SQL p50 ×${(line.c1.p50 / Math.max(line.sql.p50, 0.01)).toFixed(2)}` : '';
  return `${line.name.padEnd(58)} c1 p50 ${ms(line.c1.p50)} ms, c32 p95 ${ms(line.c32.p95)} ms, ${Math.round(line.c32.rps)} req/s (${((100 * line.c32.rps) / bareRps).toFixed(1)}% bare)${line.sql ? `, SQL p50 ${ms(line.sql.p50)} ms (${line.statements} stmt)` : ''}${ratio}${line.c1.errors + line.c32.errors ? `  ERRORS ${line.c1.errors + line.c32.errors}` : ''}`;
}

async function endpointsFor(port: number, cookie: string): Promise<Endpoint[]> {
  type Page = { items: { id: string; version?: number }[] };
  const first = async (path: string) => (await api<Page>(port, cookie, path)).items[0]!.id;
  const [agreementId, engagementId, commitmentId, activityId, outcomeId, partnerId] = await Promise.all([
    first('/api/v1/agreements?pageSize=1'),
    first('/api/v1/engagements?pageSize=1'),
    first('/api/v1/commitments?pageSize=1'),
    first('/api/v1/activities?pageSize=1'),
    first('/api/v1/outcomes?pageSize=1'),
    first('/api/v1/partners?pageSize=1&kind=vietnamese_company'),
  ]);
  const province = (await api<{ items: { id: string }[] }>(port, cookie, '/api/v1/org-units?type=province&pageSize=1')).items[0]!.id;
  const taskId = await first('/api/v1/tasks?pageSize=1');
  // Each status change goes to another untouched task (version 1), so no request meets a concurrent edit.
  type TaskItem = { id: string; version: number; status: string };
  const openTasks = (
    await Promise.all(['not_started', 'on_track', 'at_risk', 'delayed'].map((status) => api<{ items: TaskItem[] }>(port, cookie, `/api/v1/tasks?status=${status}&pageSize=500`)))
  ).flatMap((page) => page.items);
  let nextTask = 0;
  const taskChange = () => {
    const task = openTasks[nextTask++ % openTasks.length]!;
    return { path: `/api/v1/tasks/${task.id}/status`, body: { status: task.status === 'on_track' ? 'at_risk' : 'on_track', rationale: 'Đã triển khai', version: task.version } };
  };
  let nextActivity = 0;
  return [
    { name: 'GET /me', category: 'simple', path: '/api/v1/me' },
    { name: 'GET /countries', category: 'simple', path: '/api/v1/countries' },
    { name: 'tasks list', category: 'list', path: '/api/v1/tasks?pageSize=50' },
    { name: 'tasks list, overdue, by unit', category: 'list', path: `/api/v1/tasks?pageSize=50&overdue=true&unitId=${province}` },
    { name: 'commitments list', category: 'list', path: '/api/v1/commitments?pageSize=50' },
    { name: 'activities list', category: 'list', path: '/api/v1/activities?pageSize=50' },
    { name: 'activities list, 2025, by type', category: 'list', path: '/api/v1/activities?pageSize=50&from=2025-01-01&to=2026-01-01&type=trade_promotion' },
    { name: 'agreements list', category: 'list', path: '/api/v1/agreements?pageSize=50' },
    { name: 'engagements list', category: 'list', path: '/api/v1/engagements?pageSize=50' },
    { name: 'outcomes list', category: 'list', path: '/api/v1/outcomes?pageSize=50' },
    { name: 'partners list, companies', category: 'list', path: '/api/v1/partners?pageSize=50&kind=foreign_company' },
    { name: 'audit log', category: 'list', path: '/api/v1/audit?pageSize=50' },
    { name: 'notifications inbox', category: 'list', path: '/api/v1/inbox' },
    { name: 'tasks list, page 100', category: 'list', path: '/api/v1/tasks?pageSize=50&page=100' },
    { name: 'agreement page', category: 'entity', path: `/api/v1/agreements/${agreementId}` },
    { name: 'engagement page', category: 'entity', path: `/api/v1/engagements/${engagementId}` },
    { name: 'commitment page', category: 'entity', path: `/api/v1/commitments/${commitmentId}` },
    { name: 'task page', category: 'entity', path: `/api/v1/tasks/${taskId}` },
    { name: 'task timeline', category: 'entity', path: `/api/v1/tasks/${taskId}/timeline` },
    { name: 'activity page', category: 'entity', path: `/api/v1/activities/${activityId}` },
    { name: 'outcome page', category: 'entity', path: `/api/v1/outcomes/${outcomeId}` },
    { name: 'partner page', category: 'entity', path: `/api/v1/partners/${partnerId}` },
    { name: 'dashboard by unit', category: 'dashboard', path: '/api/v1/dashboard/implementation?groupBy=unit' },
    { name: 'dashboard by partner', category: 'dashboard', path: '/api/v1/dashboard/implementation?groupBy=partner' },
    { name: 'dashboard records: overdue tasks', category: 'dashboard', path: '/api/v1/dashboard/implementation/records?metric=tasks.overdue' },
    { name: 'agreement stats by kind', category: 'dashboard', path: '/api/v1/agreements/stats?groupBy=kind' },
    { name: 'activity summary by unit', category: 'dashboard', path: '/api/v1/activities/summary?groupBy=unit' },
    { name: 'outcome totals', category: 'dashboard', path: '/api/v1/outcomes/totals' },
    { name: 'search agreements "hop tac"', category: 'search', path: '/api/v1/agreements?pageSize=50&q=hop%20tac' },
    { name: 'search activities "xuc tien"', category: 'search', path: '/api/v1/activities?pageSize=50&q=xuc%20tien' },
    { name: 'search partners "sao mai"', category: 'search', path: '/api/v1/partners?pageSize=50&q=sao%20mai' },
    { name: 'search tasks "ket noi"', category: 'search', path: '/api/v1/tasks?pageSize=50&q=ket%20noi' },
    {
      name: 'task status change',
      category: 'write',
      method: 'POST',
      path: '',
      next: taskChange,
    },
    {
      name: 'activity create',
      category: 'write',
      method: 'POST',
      path: '/api/v1/activities',
      body: () => ({ unitId: province, type: 'trade_promotion', title: `Hoạt động đo hiệu năng ${nextActivity++}`, startDate: '2026-11-02', endDate: '2026-11-03', sectors: [], outputs: [] }),
    },
    {
      name: 'sign-in',
      category: 'sign-in',
      method: 'POST',
      path: '/api/v1/auth/login',
      body: () => ({ email: `hq0@${SCALE_EMAIL_DOMAIN}`, password: BENCH_PASSWORD }),
    },
  ];
}

/** The activity template filled with `rows` rows titled `${title} ${i}`. */
async function activityWorkbook(port: number, cookie: string, rows: number, title: string) {
  const template = await fetch(`http://127.0.0.1:${port}/api/v1/imports/templates/activities.xlsx`, { headers: { cookie } });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await template.arrayBuffer());
  const sheet = workbook.worksheets[0]!;
  // Headers are the columns' Vietnamese labels.
  const keyOf = new Map(activityColumns({ countries: [], provinces: [] }).map((column) => [column.label.vi, column.key]));
  const headers = (sheet.getRow(1).values as unknown[]).map((header) => keyOf.get(String(header)) ?? String(header));
  for (let i = 0; i < rows; i += 1) {
    const values: Record<string, string> = { title: `${title} ${i}`, type: 'trade_promotion', start_date: '2026-11-05', end_date: '2026-11-06', meetings_held: '3' };
    for (const [key, value] of Object.entries(values)) sheet.getRow(i + 2).getCell(headers.indexOf(key)).value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Uploads an activity file of `rows` rows and, while the server works on it, asks `/health` one request after the
 * other: the import's duration and how long the light request waited (the server must keep answering).
 */
async function importSpeed(port: number, cookie: string, { rows, dryRun, title }: { rows: number; dryRun: boolean; title: string }) {
  const file = await activityWorkbook(port, cookie, rows, title);
  const province = (await api<{ items: { id: string }[] }>(port, cookie, '/api/v1/org-units?type=province&pageSize=1')).items[0]!.id;
  const form = new FormData();
  form.append('file', new Blob([file]), 'activities.xlsx');
  const started = performance.now();
  let finished = false;
  const importing = fetch(`http://127.0.0.1:${port}/api/v1/imports/activities?unitId=${province}&dryRun=${dryRun}`, { method: 'POST', headers: { cookie }, body: form }).finally(() => (finished = true));
  const health: number[] = [];
  while (!finished) {
    const asked = performance.now();
    const answer = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    await answer.text();
    if (!answer.ok) throw new Error(`/health during the import: ${answer.status}`);
    health.push(performance.now() - asked);
  }
  const response = await importing;
  const seconds = (performance.now() - started) / 1000;
  if (!response.ok) throw new Error(`Excel import: ${response.status} ${(await response.text()).slice(0, 500)}`);
  const sorted = [...health].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { rows, dryRun, seconds, health: { answers: health.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: Math.round(sorted.at(-1) ?? 0) } };
}

const describeImport = (label: string, excel: Awaited<ReturnType<typeof importSpeed>>) =>
  `${label}: ${excel.rows} activity rows in ${excel.seconds.toFixed(2)} s = ${Math.round(excel.rows / excel.seconds).toLocaleString('en')} rows/s; ` +
  `/health answered ${excel.health.answers} times meanwhile (p50 ${excel.health.p50Ms} ms, p95 ${excel.health.p95Ms} ms, max ${excel.health.maxMs} ms)`;

const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
console.log(`econdip bench: scale ${scale}, ${seconds} s per load, commit ${commit}, ${machine}`);

const results = [];
let failed = false;
for (const kind of databases) {
  try {
    const result = await benchDatabase(kind);
    if (result) results.push(result);
  } catch (error) {
    failed = true;
    console.error(`\n${kind}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
const web = await webBudget().catch((error: unknown) => ({ error: String(error) }));
console.log(`\nweb: ${JSON.stringify(web)}`);

const errors = results.flatMap((r) => r.lines.filter((l) => l.c1.errors + l.c32.errors > 0).map((l) => `${r.kind}: ${l.name}`));
const report = { date: new Date().toISOString(), commit, machine, scale, seconds, quick, results, web };
const out = options.out ?? (quick ? '.tmp/bench-quick.json' : `bench/results/${report.date.slice(0, 10)}-scale${scale}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nResults written to ${out}`);
if (failed || errors.length) {
  console.error(`Requests failed: ${errors.join(', ') || 'see above'}`);
  process.exit(1);
}
