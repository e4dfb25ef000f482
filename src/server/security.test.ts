import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from './db/schema/index.js';
import { TEST_PASSWORD, type TestUser } from './test/factories.js';
import { createMissionRecords, type MissionRecords } from './test/mission-records.js';
import { multipartFile } from './test/multipart.js';
import { buildTestApp, type TestContext } from './test/support.js';

// Records of mission A (EMB-US), created through the API by its editor; every other actor probes them.
let t: TestContext;
let r: MissionRecords;
let owner: TestUser;
const actors: Record<Actor, TestUser | null> = { other: null, viewer: null, business: null, anonymous: null };

type Actor = 'other' | 'viewer' | 'business' | 'anonymous';
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
interface Probe {
  method: Method;
  url: (r: MissionRecords) => string;
  body?: (r: MissionRecords) => object;
  file?: true;
}

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

// Test names show the routes with their parameter names, not the generated ids.
const placeholders: MissionRecords = {
  engagement: { id: ':engagementId', version: 0 },
  attachmentId: ':attachmentId',
  agreement: { id: ':agreementId', version: 0 },
  commitment: { id: ':commitmentId', version: 0 },
  task: { id: ':taskId', version: 0 },
  changeId: ':changeId',
  activity: { id: ':activityId', version: 0 },
  outcome: { id: ':outcomeId', version: 0 },
  supportRequest: { id: ':supportRequestId', version: 0 },
  period: { id: ':periodId', version: 0 },
  submission: { id: ':submissionId', version: 0 },
};

const reads: Probe[] = [
  { method: 'GET', url: (r) => `/engagements/${r.engagement.id}` },
  { method: 'GET', url: (r) => `/engagements/${r.engagement.id}/attachments` },
  { method: 'GET', url: (r) => `/engagements/${r.engagement.id}/attachments/${r.attachmentId}` },
  { method: 'GET', url: (r) => `/engagements/${r.engagement.id}/promised-vs-delivered` },
  { method: 'GET', url: (r) => `/agreements/${r.agreement.id}` },
  { method: 'GET', url: (r) => `/commitments/${r.commitment.id}` },
  { method: 'GET', url: (r) => `/tasks/${r.task.id}` },
  { method: 'GET', url: (r) => `/tasks/${r.task.id}/timeline` },
  { method: 'GET', url: (r) => `/tasks/${r.task.id}/due-date-changes` },
  { method: 'GET', url: (r) => `/tasks/${r.task.id}/attachments` },
  { method: 'GET', url: (r) => `/activities/${r.activity.id}` },
  { method: 'GET', url: (r) => `/outcomes/${r.outcome.id}` },
  { method: 'GET', url: (r) => `/support-requests/${r.supportRequest.id}` },
  { method: 'GET', url: (r) => `/periods/${r.period.id}/submissions/${r.submission.id}` },
];

const writes: Probe[] = [
  { method: 'PATCH', url: (r) => `/engagements/${r.engagement.id}`, body: (r) => ({ summary: 'changed', version: r.engagement.version }) },
  { method: 'POST', url: (r) => `/engagements/${r.engagement.id}/attachments`, file: true },
  { method: 'PATCH', url: (r) => `/agreements/${r.agreement.id}`, body: (r) => ({ summary: 'changed', version: r.agreement.version }) },
  { method: 'POST', url: (r) => `/agreements/${r.agreement.id}/status`, body: (r) => ({ status: 'in_force', effectiveDate: '2025-04-01', version: r.agreement.version }) },
  { method: 'PATCH', url: (r) => `/commitments/${r.commitment.id}`, body: (r) => ({ title: 'changed', version: r.commitment.version }) },
  { method: 'PATCH', url: (r) => `/tasks/${r.task.id}`, body: (r) => ({ title: 'changed', version: r.task.version }) },
  { method: 'POST', url: (r) => `/tasks/${r.task.id}/status`, body: (r) => ({ status: 'on_track', rationale: 'changed', version: r.task.version }) },
  { method: 'POST', url: (r) => `/tasks/${r.task.id}/due-date-changes`, body: () => ({ toDate: '2030-10-31', reason: 'changed' }) },
  { method: 'POST', url: (r) => `/tasks/${r.task.id}/due-date-changes/${r.changeId}/decision`, body: () => ({ decision: 'approved' }) },
  { method: 'POST', url: (r) => `/tasks/${r.task.id}/attachments`, file: true },
  { method: 'PATCH', url: (r) => `/activities/${r.activity.id}`, body: (r) => ({ title: 'changed', version: r.activity.version }) },
  { method: 'DELETE', url: (r) => `/activities/${r.activity.id}?version=${r.activity.version}` },
  { method: 'PATCH', url: (r) => `/outcomes/${r.outcome.id}`, body: (r) => ({ contactName: 'changed', version: r.outcome.version }) },
  { method: 'DELETE', url: (r) => `/outcomes/${r.outcome.id}?version=${r.outcome.version}` },
  { method: 'POST', url: (r) => `/outcomes/${r.outcome.id}/confirmation-requests` },
  { method: 'PATCH', url: (r) => `/support-requests/${r.supportRequest.id}`, body: (r) => ({ title: 'changed', version: r.supportRequest.version }) },
  ...(['accept', 'answer', 'decline', 'close'] as const).map(
    (action): Probe => ({
      method: 'POST',
      url: (r) => `/support-requests/${r.supportRequest.id}/${action}`,
      body: (r) => (action === 'close' ? { version: r.supportRequest.version } : { answer: 'changed', version: r.supportRequest.version }),
    }),
  ),
  { method: 'PATCH', url: (r) => `/periods/${r.period.id}/submissions/${r.submission.id}`, body: (r) => ({ summary: 'changed', version: r.submission.version }) },
  ...(['submit', 'approve'] as const).map(
    (action): Probe => ({ method: 'POST', url: (r) => `/periods/${r.period.id}/submissions/${r.submission.id}/${action}`, body: (r) => ({ version: r.submission.version }) }),
  ),
  { method: 'POST', url: (r) => `/periods/${r.period.id}/submissions/${r.submission.id}/return`, body: (r) => ({ comment: 'changed', version: r.submission.version }) },
  { method: 'POST', url: (r) => `/periods/${r.period.id}/submissions/${r.submission.id}/reopen`, body: (r) => ({ reason: 'changed', version: r.submission.version }) },
];

/** What each actor must get: out of scope reads like a missing row; in scope but read-only is refused. */
const EXPECTED: Record<Actor, { read: number; write: number }> = {
  other: { read: 404, write: 404 },
  viewer: { read: 200, write: 403 },
  business: { read: 403, write: 403 },
  anonymous: { read: 401, write: 401 },
};

async function send(user: TestUser | null, probe: Probe) {
  const headers = user ? await t.login(user) : {};
  if (probe.file) {
    const file = multipartFile('evidence.pdf', 'application/pdf', PDF);
    return t.app.inject({ method: probe.method, url: `/api/v1${probe.url(r)}`, payload: file.payload, headers: { ...headers, ...file.headers } });
  }
  return t.app.inject({ method: probe.method, url: `/api/v1${probe.url(r)}`, payload: probe.body?.(r), headers });
}

const auditCount = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;

/** Everything the owner reads of the records, to compare before and after the probes. */
async function ownerView() {
  const headers = await t.login(owner);
  return Promise.all(reads.map(async (probe) => (await t.app.inject({ method: 'GET', url: `/api/v1${probe.url(r)}`, headers })).body));
}

beforeAll(async () => {
  t = await buildTestApp();
  const us = (await t.factory.unit('mission', 'EMB-US')).id;
  const jp = (await t.factory.unit('mission', 'EMB-JP')).id;
  owner = await t.factory.user({ role: 'unit_editor', unitId: us });
  const admin = await t.factory.user({ role: 'admin' });
  r = await createMissionRecords(t, owner, admin, us, jp);
  actors.other = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('mission', 'EMB-DE')).id });
  actors.viewer = await t.factory.user({ role: 'unit_viewer', unitId: us });
  actors.business = await t.factory.user({ role: 'business' });
});
afterAll(() => t.close());

describe.each(Object.keys(EXPECTED) as Actor[])('mission A\'s records probed by %s', (actor) => {
  let before: { audit: number; view: string[] };
  beforeAll(async () => {
    before = { audit: await auditCount(), view: await ownerView() };
  });

  it.each(reads.map((probe) => [`${probe.method} ${probe.url({ ...placeholders })}`, probe] as const))('%s', async (_, probe) => {
    const res = await send(actors[actor], probe);
    expect(res.statusCode, res.body).toBe(EXPECTED[actor].read);
    if (res.statusCode >= 400) expect(res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  });

  it.each(writes.map((probe) => [`${probe.method} ${probe.url({ ...placeholders })}`, probe] as const))('%s', async (_, probe) => {
    const res = await send(actors[actor], probe);
    expect(res.statusCode, res.body).toBe(EXPECTED[actor].write);
    expect(res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  });

  it('changed nothing: the owner reads the same records and the audit log has no new row', async () => {
    expect(await auditCount()).toBe(before.audit);
    expect(await ownerView()).toEqual(before.view);
  });
});

describe('lists, counts and drill-downs of another mission', () => {
  const lists: [string, (r: MissionRecords) => string][] = [
    ['/engagements', (r) => r.engagement.id],
    ['/agreements', (r) => r.agreement.id],
    ['/commitments', (r) => r.commitment.id],
    ['/tasks', (r) => r.task.id],
    ['/activities', (r) => r.activity.id],
    ['/outcomes', (r) => r.outcome.id],
    ['/support-requests', (r) => r.supportRequest.id],
  ];

  it.each(lists)('GET %s leaves out mission A\'s record', async (url, idOf) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1${url}?pageSize=500`, headers: await t.login(actors.other!) });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((item: { id: string }) => item.id)).not.toContain(idOf(r));
    // The owner's view of the same list does show it, so the probe is meaningful.
    const own = await t.app.inject({ method: 'GET', url: `/api/v1${url}?pageSize=500`, headers: await t.login(owner) });
    expect(own.json().items.map((item: { id: string }) => item.id)).toContain(idOf(r));
  });

  it('submissions, stats, summaries, totals and dashboard figures count nothing of mission A', async () => {
    const headers = await t.login(actors.other!);
    const get = async (url: string) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    expect((await get(`/periods/${r.period.id}/submissions`)).items).toEqual([]);
    expect((await get('/agreements/stats?groupBy=unit')).total).toBe(0);
    expect((await get('/activities/summary?groupBy=unit')).total).toBe(0);
    expect((await get('/outcomes/totals')).items).toEqual([]);
    expect((await get('/dashboard/implementation')).totals.total).toBe(0);
    expect((await get('/dashboard/implementation/records?metric=commitments.total')).items).toEqual([]);
    expect((await get('/inbox')).dueDateRequests.total).toBe(0);
  });

  it('a business user reaches no internal list, and anonymous none at all', async () => {
    for (const [url] of lists.filter(([url]) => url !== '/support-requests')) {
      expect((await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: await t.login(actors.business!) })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: `/api/v1${url}` })).statusCode).toBe(401);
    }
  });
});

describe('nested ids must belong to their parent', () => {
  it('an attachment is downloaded only through the record it hangs on', async () => {
    const headers = await t.login(owner);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/tasks/${r.task.id}/attachments/${r.attachmentId}`, headers });
    expect(res.statusCode).toBe(404);
  });

  it('a due-date change is decided only under its own task', async () => {
    const us = (await t.factory.unit('mission', 'EMB-US')).id;
    const otherTask = await t.factory.task({ responsibleUnitId: us });
    const audit = await auditCount();
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/tasks/${otherTask.id}/due-date-changes/${r.changeId}/decision`, payload: { decision: 'approved' }, headers: await t.login(owner) });
    expect(res.statusCode).toBe(404);
    expect(await auditCount()).toBe(audit);
  });
});

describe('credentials: exactly one per request, and they end together', () => {
  const inject = (method: Method, url: string, headers: Record<string, string> = {}, payload?: object | string) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers, payload });

  async function tokenOf(user: TestUser) {
    const res = await inject('POST', '/me/tokens', await t.login(user), { name: 'integration' });
    expect(res.statusCode, res.body).toBe(201);
    return { authorization: `Bearer ${res.json().token as string}` };
  }
  const works = async (headers: Record<string, string>) => (await inject('GET', '/me', headers)).statusCode;

  it('an Authorization header that is not a live token answers 401, never falling back to the cookie', async () => {
    const cookie = await t.login(owner);
    expect(await works(cookie)).toBe(200);
    expect(await works({ ...cookie, authorization: 'Bearer not-a-token' })).toBe(401);
    expect(await works({ ...cookie, authorization: 'Bearer edp_revoked-or-made-up' })).toBe(401);
    expect(await works({ ...cookie, authorization: 'Basic dXNlcjpwYXNz' })).toBe(401);
  });

  it('a junk bearer does not switch off the cross-site check: the cookie\'s write is refused and writes nothing', async () => {
    const audit = await auditCount();
    const res = await inject('PATCH', `/engagements/${r.engagement.id}`, { ...(await t.login(owner)), origin: 'https://evil.example', authorization: 'Bearer x' }, { summary: 'cross-site', version: r.engagement.version });
    expect(res.statusCode).toBe(401);
    expect(await auditCount()).toBe(audit);
  });

  it('personal API tokens end with a password change, an admin reset and a deactivation', async () => {
    const admin = await t.factory.user({ role: 'admin' });
    const user = await t.factory.user({ role: 'unit_viewer', unitId: owner.unitId! });
    const changed = await tokenOf(user);
    const change = await inject('POST', '/me/password', await t.login(user), { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase 2' });
    expect(change.statusCode, change.body).toBe(204);
    expect(await works(changed)).toBe(401);

    const reset = await tokenOf(user);
    expect((await inject('POST', `/users/${user.id}/password`, await t.login(admin), { password: 'a third long passphrase' })).statusCode).toBe(204);
    expect(await works(reset)).toBe(401);

    const deactivated = await tokenOf(user);
    const version = (await inject('GET', `/users/${user.id}`, await t.login(admin))).json().version;
    expect((await inject('PATCH', `/users/${user.id}`, await t.login(admin), { active: false, version })).statusCode).toBe(200);
    expect((await inject('PATCH', `/users/${user.id}`, await t.login(admin), { active: true, version: version + 1 })).statusCode).toBe(200);
    expect(await works(deactivated)).toBe(401);
  });
});

describe('input is checked after the credential, strictly', () => {
  it('anonymous requests to protected routes answer 401 before any body validation', async () => {
    for (const [url, payload] of [['/users', {}], ['/me/password', { newPassword: 1 }], ['/me/tokens', { name: '' }], ['/engagements', { nonsense: true }]] as const) {
      const res = await t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload });
      expect([url, res.statusCode]).toEqual([url, 401]);
      expect(res.json().error.code).toBe('unauthenticated');
    }
    // Public routes still validate their input.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: {} })).statusCode).toBe(400);
  });

  it('a body nesting 50,000 brackets answers 400, not 500', async () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    for (const url of ['/api/v1/auth/login', '/api/v1/me/tokens']) {
      const res = await t.app.inject({ method: 'POST', url, payload: deep, headers: { 'content-type': 'application/json', ...(await t.login(owner)) } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid');
    }
  });

  it('unknown fields in a body are refused with 400 naming them, at any depth, and nothing is written', async () => {
    const headers = await t.login(owner);
    const audit = await auditCount();
    const token = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers, payload: { name: 'integration', scope: 'all' } });
    expect(token.statusCode).toBe(400);
    expect(token.json().error).toMatchObject({ code: 'invalid', message: expect.stringContaining('scope'), fields: { scope: expect.any(String) } });
    const nested = await t.app.inject({ method: 'PATCH', url: `/api/v1/engagements/${r.engagement.id}`, headers, payload: { title: { vi: 'Mới', en: 'New', fr: 'Nouveau' }, version: r.engagement.version } });
    expect(nested.statusCode).toBe(400);
    expect(Object.keys(nested.json().error.fields)).toEqual(['title.fr']);
    expect(await auditCount()).toBe(audit);
  });
});

describe('ids in a body resolve like a GET: another unit\'s record answers exactly like a missing one', () => {
  const RANDOM = '01900000-0000-7000-8000-0000000000aa';
  const bodies: [string, string, (id: string, unitId: string) => object][] = [
    ['commitment under an engagement', '/commitments', (id, unitId) => ({ title: 'Cam kết', engagementId: id, ownerUnitId: unitId, dueDate: '2030-12-31' })],
    ['commitment under an agreement', '/commitments', (id, unitId) => ({ title: 'Cam kết', agreementId: id, ownerUnitId: unitId, dueDate: '2030-12-31' })],
    ['activity linked to an engagement', '/activities', (id) => ({ type: 'trade_promotion', title: 'Hội thảo', startDate: '2025-03-10', endDate: '2025-03-10', engagementId: id, outputs: [] })],
    ['activity linked to an agreement', '/activities', (id) => ({ type: 'trade_promotion', title: 'Hội thảo', startDate: '2025-03-10', endDate: '2025-03-10', agreementId: id, outputs: [] })],
    ['activity linked to a commitment', '/activities', (id) => ({ type: 'trade_promotion', title: 'Hội thảo', startDate: '2025-03-10', endDate: '2025-03-10', commitmentId: id, outputs: [] })],
  ];
  const foreignId = (label: string) =>
    label.endsWith('an engagement') ? r.engagement.id : label.endsWith('an agreement') ? r.agreement.id : r.commitment.id;

  it.each(bodies)('%s', async (label, url, body) => {
    const other = actors.other!;
    const headers = await t.login(other);
    const audit = await auditCount();
    const send = (id: string) => t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload: body(id, other.unitId!) });
    const [foreign, random] = [await send(foreignId(label)), await send(RANDOM)];
    expect(foreign.statusCode, foreign.body).toBe(400);
    expect({ status: foreign.statusCode, body: foreign.json() }).toEqual({ status: random.statusCode, body: random.json() });
    expect(await auditCount()).toBe(audit);
  });
});
