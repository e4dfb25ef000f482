import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from './db/schema/index.js';
import type { TestUser } from './test/factories.js';
import { createMissionRecords } from './test/mission-records.js';
import { postImport } from './test/imports.js';
import { multipartFile } from './test/multipart.js';
import { ACTORS, PERMISSIONS, RULES, type Entry, type MatrixActor, type MatrixContext, type Outcome } from './test/permissions.js';
import { buildTestApp, type TestContext } from './test/support.js';

/**
 * Every operation of the built app's OpenAPI document, sent as every role on the records of one mission (own) and by
 * another mission's users (other), against the outcome written once in `test/permissions.ts`. An operation without
 * an entry there fails the first test, so a new endpoint is covered by writing down who may call it.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface Operation {
  operationId: string;
  security?: unknown[];
}
interface Route {
  method: Method;
  path: string;
  op: Operation;
}

const UNKNOWN_UUID = '0190a3c4-0000-7000-8000-00000000abcd';

let t: TestContext;
let routes: Route[] = [];
const users = {} as Record<Exclude<MatrixActor, 'anonymous'>, TestUser>;
const cookies = {} as Record<MatrixActor, Record<string, string>>;
const ids: Record<string, string> = {};
let missionUnitId = '';
let sequence = 0;

const auditCount = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;

/** Path parameters by route: a few names mean different records under different parents. */
function paramsFor(path: string): Record<string, string> {
  if (path.startsWith('/api/v1/targets/')) return { ...ids, id: ids.targetId! };
  if (path.startsWith('/api/v1/history/')) return { ...ids, entity: 'task', entityId: ids.taskId! };
  if (path.startsWith('/api/v1/reported-values/')) return { ...ids, id: ids.reportedValueId! };
  if (path.startsWith('/api/v1/imports/')) return { ...ids, id: ids.importId! };
  if (path.startsWith('/api/v1/tasks/')) return { ...ids, attachmentId: ids.taskAttachmentId! };
  if (path.startsWith('/api/v1/source-documents/')) return { ...ids, attachmentId: ids.sourceDocumentAttachmentId! };
  if (path.startsWith('/api/v1/partnership-changes/')) return { ...ids, changeId: ids.partnershipChangeId! };
  return ids;
}
const fill = (path: string, values: Record<string, string>) => path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? UNKNOWN_UUID);

const unitOf = (actor: MatrixActor) => users[actor as Exclude<MatrixActor, 'anonymous'>]?.unitId;

/** The actor's own token or subscription, made for this request. */
async function ownParams(actor: MatrixActor, entry: Entry): Promise<Record<string, string>> {
  if (!entry.own || actor === 'anonymous') return {};
  const headers = cookies[actor];
  if (entry.own === 'token') {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers, payload: { name: `own ${++sequence}` } });
    expect(res.statusCode, res.body).toBe(201);
    return { tokenId: res.json().id };
  }
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/market-subscriptions', headers, payload: { countryCode: 'JP', sector: 'trade' } });
  if (res.statusCode === 409) {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/market-subscriptions', headers });
    return { subscriptionId: list.json().items[0].id };
  }
  expect(res.statusCode, res.body).toBe(201);
  return { subscriptionId: res.json().id };
}

async function headersOf(actor: MatrixActor, entry: Entry): Promise<Record<string, string>> {
  if (actor === 'anonymous') return {};
  return entry.endsSession ? t.login(users[actor]) : cookies[actor];
}

async function send(route: Route, actor: MatrixActor, entry: Entry, body?: object) {
  const url = fill(route.path, { ...paramsFor(route.path), ...(await ownParams(actor, entry)) }) + (entry.query ? `?${entry.query}` : '');
  const headers = await headersOf(actor, entry);
  const method = route.method.toUpperCase() as 'GET';
  if (entry.file) {
    const file = multipartFile(entry.file.name, entry.file.type, entry.file.data());
    return t.app.inject({ method, url, payload: file.payload, headers: { ...headers, ...file.headers } });
  }
  const context: MatrixContext = { ids, unitId: actor.endsWith('_own') || actor.endsWith('_other') ? unitOf(actor)! : missionUnitId, n: ++sequence };
  const payload = body ?? entry.body?.(context);
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

function matches(status: number, outcome: Outcome, entry: Entry): boolean {
  if (outcome !== 'allowed') return status === outcome;
  const allowed = entry.allowed ?? 'ok';
  if (allowed === 'ok') return status >= 200 && status < 300;
  if (allowed === 'passes') return status < 500 && ![401, 403, 404].includes(status);
  return status === allowed;
}
const describeOutcome = (outcome: Outcome, entry: Entry) => (outcome === 'allowed' ? `allowed (${entry.allowed ?? '2xx'})` : String(outcome));

beforeAll(async () => {
  t = await buildTestApp();
  const us = (await t.factory.unit('mission', 'EMB-US')).id;
  const jp = (await t.factory.unit('mission', 'EMB-JP')).id;
  const de = (await t.factory.unit('mission', 'EMB-DE')).id;
  const hq = (await t.factory.unit('hq', 'MOFA')).id;
  missionUnitId = us;
  users.admin = await t.factory.user({ role: 'admin', unitId: hq });
  users.hq_coordinator = await t.factory.user({ role: 'hq_coordinator', unitId: hq });
  users.leader = await t.factory.user({ role: 'leader', unitId: hq });
  users.editor_own = await t.factory.user({ role: 'unit_editor', unitId: us });
  users.editor_other = await t.factory.user({ role: 'unit_editor', unitId: de });
  users.viewer_own = await t.factory.user({ role: 'unit_viewer', unitId: us });
  users.viewer_other = await t.factory.user({ role: 'unit_viewer', unitId: de });
  const r = await createMissionRecords(t, users.editor_own, users.admin, us, jp);

  const asAdmin = await t.login(users.admin);
  const create = async (url: string, payload: object, headers = asAdmin) => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(201);
    return res.json().id as string;
  };
  const company = await create('/partners', { kind: 'foreign_company', name: { vi: 'Công ty C', en: 'Company C' }, countryCode: 'US' });
  users.business = await t.factory.user({ role: 'business', partnerId: company });
  for (const actor of ACTORS) cookies[actor] = actor === 'anonymous' ? {} : await t.login(users[actor]);

  const upload = multipartFile('evidence.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
  const taskAttachment = await t.app.inject({ method: 'POST', url: `/api/v1/tasks/${r.task.id}/attachments`, payload: upload.payload, headers: { ...cookies.editor_own, ...upload.headers } });
  expect(taskAttachment.statusCode, taskAttachment.body).toBe(201);
  ids.taskAttachmentId = taskAttachment.json().id;
  ids.sourceDocumentId = await create('/source-documents', { kind: 'pm_directive', issuedDate: '2025-01-10', issuer: 'Thủ tướng Chính phủ', title: { vi: 'Chỉ thị', en: 'Directive' } });
  const documentUpload = multipartFile('directive.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
  const documentAttachment = await t.app.inject({ method: 'POST', url: `/api/v1/source-documents/${ids.sourceDocumentId}/attachments`, payload: documentUpload.payload, headers: { ...asAdmin, ...documentUpload.headers } });
  expect(documentAttachment.statusCode, documentAttachment.body).toBe(201);
  ids.sourceDocumentAttachmentId = documentAttachment.json().id;
  // An import uploaded by someone who is none of the actors: only an admin may follow it.
  const uploader = await t.factory.user({ role: 'hq_coordinator', unitId: hq });
  const template = await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/engagements.xlsx', headers: asAdmin });
  const uploaded = await postImport(t, uploader, '/api/v1/imports/engagements?dryRun=true', template.rawPayload);
  expect(uploaded.statusCode, uploaded.body).toBe(202);
  ids.importId = uploaded.json().id;
  const countryPartner = (await t.app.inject({ method: 'GET', url: '/api/v1/partners?kind=country&countryCode=US', headers: asAdmin })).json().items[0].id as string;
  Object.assign(ids, {
    engagementId: r.engagement.id,
    attachmentId: r.attachmentId,
    agreementId: r.agreement.id,
    commitmentId: r.commitment.id,
    taskId: r.task.id,
    changeId: r.changeId,
    activityId: r.activity.id,
    outcomeId: r.outcome.id,
    supportRequestId: r.supportRequest.id,
    periodId: r.period.id,
    submissionId: r.submission.id,
    orgUnitId: us,
    targetMissionId: jp,
    userId: (await t.factory.user({ role: 'unit_viewer', unitId: us })).id,
    partnerId: company,
    countryPartnerId: countryPartner,
    code: 'agreements.signed',
    iso2: 'US',
    format: 'docx',
    region: 'north_america',
    notificationId: UNKNOWN_UUID,
    unknownUnitA: '0190a3c4-0000-7000-8000-00000000aaaa',
    unknownUnitB: '0190a3c4-0000-7000-8000-00000000bbbb',
    token: 'not-a-real-confirmation-link-token-000000000000',
    marketNoteId: await create('/market-notes', { kind: 'alert', title: 'Cảnh báo thị trường', body: 'Nội dung', classification: 'internal' }, await t.login(users.editor_own)),
    barrierId: await create('/barriers', { title: 'Rào cản kiểm dịch', description: 'Mô tả', countryCode: 'US', measureType: 'sps', since: '2025-01-15' }, await t.login(users.editor_own)),
    targetId: await create('/targets', { indicatorCode: 'agreements.signed', year: 2030, low: '10' }),
    reportedValueId: await create('/reported-values', { indicatorCode: 'macro.gdp_growth', from: '2025-01-01', to: '2025-04-01', value: '6.9', source: 'GSO', publishedOn: '2025-04-06' }),
    reportId: await create('/reports', { template: 'unit_report', unitId: us, period: '2024', language: 'en' }),
    partnershipChangeId: await create('/partnership-changes', { countryCode: 'IS', toLevel: 'comprehensive', date: '2023-11-27' }),
  });

  const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, Partial<Record<Method, Operation>>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    (Object.entries(ops) as [Method, Operation][]).filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map(([method, op]) => ({ method, path, op })),
  );
}, 120_000);
afterAll(() => t.close());

describe('permission matrix (every operation of the OpenAPI document)', () => {
  it('every operation has an entry, and every entry an operation', () => {
    expect(routes.length).toBeGreaterThan(100);
    const operations = routes.map((route) => route.op.operationId);
    expect(operations.filter((id) => !PERMISSIONS[id]), 'operations without an entry in test/permissions.ts').toEqual([]);
    expect(Object.keys(PERMISSIONS).filter((id) => !operations.includes(id)), 'entries for operations that no longer exist').toEqual([]);
  });

  it('an operation is public in the document exactly when its entry says so', () => {
    const publicInDocument = routes.filter((route) => Array.isArray(route.op.security) && route.op.security.length === 0).map((route) => route.op.operationId);
    const publicInTable = Object.entries(PERMISSIONS).filter(([, entry]) => entry.rule === 'public').map(([id]) => id);
    expect(publicInDocument.sort()).toEqual(publicInTable.sort());
  });

  it('every operation answers every actor as its rule says, and a refusal writes nothing', async () => {
    const wrong: string[] = [];
    // Refusals first, so an allowed write cannot change what a later refusal is checked against.
    const refusedFirst = [...ACTORS];
    for (const route of routes) {
      const entry = PERMISSIONS[route.op.operationId];
      if (!entry) continue;
      const rule = RULES[entry.rule];
      const order = refusedFirst.sort((a, b) => Number(rule[a] === 'allowed') - Number(rule[b] === 'allowed'));
      for (const actor of order) {
        // The other mission's editor sending the mission's ids is the body-ids test below.
        if (entry.bodyIds && actor === 'editor_other') continue;
        const outcome: Outcome = rule[actor];
        const before = outcome === 'allowed' ? 0 : await auditCount();
        const res = await send(route, actor, entry);
        const cell = `${route.op.operationId} (${route.method.toUpperCase()} ${route.path}) as ${actor}: expected ${describeOutcome(outcome, entry)}, got ${res.statusCode} ${res.body.slice(0, 160)}`;
        if (!matches(res.statusCode, outcome, entry)) wrong.push(cell);
        else if (outcome !== 'allowed') {
          if ((await auditCount()) !== before) wrong.push(`${cell} — but an audit row was written`);
          if (res.json().error?.code === undefined) wrong.push(`${cell} — without the error shape`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 600_000);

  it('lists show the mission\'s record to its readers and hide it from another unit\'s', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const entry = PERMISSIONS[route.op.operationId];
      if (!entry?.lists) continue;
      const id = ids[entry.lists]!;
      for (const actor of ['admin', 'hq_coordinator', 'leader', 'editor_own', 'viewer_own', 'editor_other', 'viewer_other', 'business'] as const) {
        const res = await t.app.inject({ method: 'GET', url: `${route.path}?pageSize=500`, headers: cookies[actor] });
        if (res.statusCode !== 200) continue;
        const shown = (res.json().items as { id: string }[]).some((item) => item.id === id);
        const shouldShow = !actor.endsWith('_other') && actor !== 'business';
        if (shown !== shouldShow) wrong.push(`${route.path} as ${actor}: the mission's record is ${shown ? 'shown' : 'hidden'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('ids in a body: another unit\'s record answers exactly like an unknown id, and nothing is written', async () => {
    const wrong: string[] = [];
    let probed = 0;
    for (const route of routes) {
      const entry = PERMISSIONS[route.op.operationId];
      if (!entry?.bodyIds || !entry.body) continue;
      for (const name of entry.bodyIds) {
        const context: MatrixContext = { ids, unitId: users.editor_other.unitId!, n: ++sequence };
        const foreignBody = entry.body(context);
        const unknownBody = entry.body({ ...context, ids: { ...ids, [name]: UNKNOWN_UUID } });
        const before = await auditCount();
        const [foreign, unknown] = [await send(route, 'editor_other', entry, foreignBody), await send(route, 'editor_other', entry, unknownBody)];
        probed++;
        const cell = `${route.op.operationId} with another unit's ${name}`;
        if (foreign.statusCode < 400) wrong.push(`${cell}: accepted (${foreign.statusCode})`);
        else if (foreign.statusCode !== unknown.statusCode || foreign.body !== unknown.body) wrong.push(`${cell}: ${foreign.statusCode} ${foreign.body} differs from an unknown id's ${unknown.statusCode} ${unknown.body}`);
        if ((await auditCount()) !== before) wrong.push(`${cell}: an audit row was written`);
      }
    }
    expect(probed).toBeGreaterThan(5);
    expect(wrong).toEqual([]);
  });
});
