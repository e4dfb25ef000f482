import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodSubmissions, reportingPeriods } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import type { OrgUnitRow } from '../org-units/org-units.repo.js';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let us: OrgUnitRow;
let japan: OrgUnitRow;
let hcm: OrgUnitRow;
let binhDuong: OrgUnitRow;
let usEditor: TestUser;
let japanEditor: TestUser;
let hcmEditor: TestUser;
let usViewer: TestUser;
let coordinator: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  us = await t.factory.unit('mission', 'EMB-US');
  japan = await t.factory.unit('mission', 'EMB-JP');
  hcm = await t.factory.unit('province', '79');
  binhDuong = await t.factory.unit('province', '74', '2024-06-01');
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: us.id });
  usViewer = await t.factory.user({ role: 'unit_viewer', unitId: us.id });
  japanEditor = await t.factory.user({ role: 'unit_editor', unitId: japan.id });
  hcmEditor = await t.factory.user({ role: 'unit_editor', unitId: hcm.id });
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
});
afterAll(() => t.close());

const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, user?: TestUser, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, payload, headers: user ? await t.login(user) : {} });

const input = (overrides: Record<string, unknown> = {}) => ({
  type: 'trade_promotion',
  title: 'Xúc tiến xuất khẩu thủy sản tại Boston',
  startDate: '2024-03-10',
  endDate: '2024-03-12',
  countryCode: 'US',
  place: 'Boston',
  sectors: ['agriculture'],
  cost: '12500.50',
  costCurrency: 'USD',
  outputs: [{ kind: 'meetings_held', quantity: 14 }],
  ...overrides,
});

const create = async (user: TestUser, overrides: Record<string, unknown> = {}) => {
  const res = await call('POST', '/activities', user, input(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

describe('POST /api/v1/activities', () => {
  it('needs a session, and an editor', async () => {
    expect((await call('POST', '/activities', undefined, input())).statusCode).toBe(401);
    const before = (await t.auditRows(1))[0]?.id;
    expect((await call('POST', '/activities', usViewer, input())).statusCode).toBe(403);
    expect((await t.auditRows(1))[0]?.id).toBe(before);
  });

  it('names the failing fields', async () => {
    const res = await call('POST', '/activities', usEditor, input({ endDate: '2024-03-01', costCurrency: null, type: 'party', cost: '1.234' }));
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['type', 'cost']));
    const dates = await call('POST', '/activities', usEditor, input({ endDate: '2024-03-01', costCurrency: null }));
    expect(Object.keys(dates.json().error.fields)).toEqual(expect.arrayContaining(['endDate', 'costCurrency']));
    const country = await call('POST', '/activities', usEditor, input({ countryCode: 'ZZ' }));
    expect(country.statusCode).toBe(400);
    expect(country.json().error.fields).toHaveProperty('countryCode');
    const notProvince = await call('POST', '/activities', usEditor, input({ provinceIds: [japan.id] }));
    expect(notProvince.json().error.fields).toHaveProperty('provinceIds');
    const link = await call('POST', '/activities', usEditor, input({ engagementId: newId() }));
    expect(link.json().error.fields).toHaveProperty('engagementId');
    const freeTextSector = await call('POST', '/activities', usEditor, input({ sectors: ['halal', 'seafood'] }));
    expect(freeTextSector.statusCode).toBe(400);
    expect(Object.keys(freeTextSector.json().error.fields)).toEqual(['sectors.1']);
  });

  it('records an activity of the editor\'s unit with outputs and cost as an exact decimal, audited', async () => {
    const activity = await create(usEditor);
    expect(activity).toMatchObject({ unit: { id: us.id }, cost: '12500.50', costCurrency: 'USD', outputs: [{ kind: 'meetings_held', quantity: 14 }], noResultRecorded: false, version: 1 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'activity.created', entityId: activity.id, actorUserId: usEditor.id });
  });

  it('refuses a unit editor reporting for another unit; HQ may report for any unit', async () => {
    expect((await call('POST', '/activities', usEditor, input({ unitId: japan.id }))).statusCode).toBe(403);
    const byHq = await create(coordinator, { unitId: japan.id, countryCode: 'JP' });
    expect(byHq.unit.id).toBe(japan.id);
  });

  it('links only a task, commitment or support request the editor reads; another unit\'s reads as unknown, writing nothing', async () => {
    const request = await call('POST', '/support-requests', hcmEditor, { targetUnitId: japan.id, title: 'Hỗ trợ đoàn doanh nghiệp', description: 'Kết nối nhà nhập khẩu' });
    expect(request.statusCode, request.body).toBe(201);
    const japanTask = await t.factory.task({ responsibleUnitId: japan.id });
    const before = (await t.auditRows(1))[0]!.id;
    for (const [field, id] of [['supportRequestId', request.json().id], ['taskId', japanTask.id]] as const) {
      const res = await call('POST', '/activities', usEditor, input({ [field]: id }));
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.fields).toEqual({ [field]: 'The linked record does not exist' });
    }
    expect((await t.auditRows(1))[0]!.id).toBe(before);
    const own = await create(usEditor);
    const created = (await t.auditRows(1))[0]!.id;
    const patch = await call('PATCH', `/activities/${own.id}`, usEditor, { supportRequestId: request.json().id, version: own.version });
    expect(patch.statusCode).toBe(400);
    expect((await t.auditRows(1))[0]!.id).toBe(created);
    expect((await call('GET', `/support-requests/${request.json().id}`, hcmEditor)).json().activities).toEqual([]);
    // The mission asked answers the request with an activity of its own.
    const answer = await create(japanEditor, { countryCode: 'JP', supportRequestId: request.json().id });
    expect((await call('GET', `/support-requests/${request.json().id}`, hcmEditor)).json().activities).toEqual([expect.objectContaining({ id: answer.id })]);
  });
});

describe('reading and scope', () => {
  it('a province sees its own activities and those that supported it; other missions do not', async () => {
    const supported = await create(usEditor, { title: 'Hỗ trợ TP.HCM xúc tiến tại Mỹ', type: 'locality_support', provinceIds: [hcm.id] });
    const own = await create(hcmEditor, { title: 'Hội chợ tại TP.HCM', countryCode: 'VN', cost: null, costCurrency: null });
    const seen = (await call('GET', '/activities?pageSize=500', hcmEditor)).json().items.map((a: { id: string }) => a.id);
    expect(seen).toEqual(expect.arrayContaining([supported.id, own.id]));
    expect((await call('GET', `/activities/${supported.id}`, hcmEditor)).json().provinces).toMatchObject([{ id: hcm.id }]);
    expect((await call('GET', `/activities?province=${hcm.id}`, coordinator)).json().items.map((a: { id: string }) => a.id)).toEqual([supported.id]);

    expect((await call('GET', `/activities/${supported.id}`, japanEditor)).statusCode).toBe(404);
    const japanList = (await call('GET', '/activities?pageSize=500', japanEditor)).json().items.map((a: { id: string }) => a.id);
    expect(japanList).not.toContain(supported.id);

    // Reading is not editing: the supported province cannot change the mission's record.
    expect((await call('PATCH', `/activities/${supported.id}`, hcmEditor, { title: 'x', version: 1 })).statusCode).toBe(403);
    expect((await call('PATCH', `/activities/${supported.id}`, japanEditor, { title: 'x', version: 1 })).statusCode).toBe(404);
  });

  it('filters by a sector of the shared list, the one engagements and agreements use', async () => {
    await create(usEditor, { title: 'Xúc tiến thực phẩm Halal', sectors: ['halal', 'agriculture'] });
    const res = (await call('GET', '/activities?sector=halal', usEditor)).json();
    expect(res.items.map((a: { title: string }) => a.title)).toEqual(['Xúc tiến thực phẩm Halal']);
    expect(res.items[0].sectors).toEqual(['halal', 'agriculture']);
  });

  it('lists first the activities holding the searched text as written, then those holding its words apart', async () => {
    await create(usEditor, { title: 'Hội chợ hàng Việt tại Hà Nội', startDate: '2024-02-01', endDate: '2024-02-02' });
    await create(usEditor, { title: 'Kết nối doanh nghiệp về khung pháp lý', startDate: '2024-03-01', endDate: '2024-03-02' });
    const res = (await call('GET', '/activities?q=ha%20noi&sort=-startDate', usEditor)).json();
    expect(res.items.map((a: { title: string }) => a.title).slice(0, 2)).toEqual(['Hội chợ hàng Việt tại Hà Nội', 'Kết nối doanh nghiệp về khung pháp lý']);
  });

  it('filters by type, country and text without accents', async () => {
    await create(usEditor, { title: 'Diễn đàn đầu tư Việt Nam – Hoa Kỳ', type: 'forum_seminar' });
    const res = (await call('GET', '/activities?q=dien%20dan%20dau%20tu&type=forum_seminar&countryCode=US', usEditor)).json();
    expect(res.total).toBe(1);
    expect(res.items[0].title).toBe('Diễn đàn đầu tư Việt Nam – Hoa Kỳ');
  });
});

describe('PATCH and DELETE /api/v1/activities/:id', () => {
  it('edits with the version read, audited; a stale version is a 409', async () => {
    const activity = await create(usEditor);
    const res = await call('PATCH', `/activities/${activity.id}`, usEditor, { title: 'Đã sửa', outputs: [{ kind: 'mous_signed', quantity: 2 }], version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Đã sửa', version: 2, outputs: [{ kind: 'mous_signed', quantity: 2 }] });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'activity.updated', before: { title: activity.title }, after: { title: 'Đã sửa' } });
    const stale = await call('PATCH', `/activities/${activity.id}`, usEditor, { title: 'lost', version: 1 });
    expect(stale.statusCode).toBe(409);
    const bad = await call('PATCH', `/activities/${activity.id}`, usEditor, { endDate: '2020-01-01', version: 2 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('endDate');
  });

  it('deletes with the version read, audited', async () => {
    const activity = await create(usEditor);
    expect((await call('DELETE', `/activities/${activity.id}?version=9`, usEditor)).statusCode).toBe(409);
    expect((await call('DELETE', `/activities/${activity.id}?version=1`, usEditor)).statusCode).toBe(204);
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'activity.deleted', entityId: activity.id });
    expect((await call('GET', `/activities/${activity.id}`, usEditor)).statusCode).toBe(404);
  });

  it('refuses changes in an approved (locked) period with 422 on `period`, old date and new', async () => {
    const mission = await t.factory.unit('mission', 'EMB-DE');
    const editor = await t.factory.user({ role: 'unit_editor', unitId: mission.id });
    const inLocked = await create(editor, { startDate: '2023-02-01', endDate: '2023-02-02', countryCode: 'DE' });
    const outside = await create(editor, { startDate: '2023-08-01', endDate: '2023-08-02', countryCode: 'DE' });
    const [period] = await t.db
      .insert(reportingPeriods)
      .values({ id: newId(), kind: 'half_year', label: 'H1-2023', startDate: '2023-01-01', endDate: '2023-07-01' })
      .returning();
    await t.db.insert(periodSubmissions).values({ id: newId(), periodId: period!.id, unitId: mission.id, status: 'approved' });

    const edit = await call('PATCH', `/activities/${inLocked.id}`, editor, { title: 'late change', version: 1 });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().error).toMatchObject({ code: 'rule_violated', fields: { period: 'locked', periodLabel: 'H1-2023' } });
    // The UI learns the same from the record: locked, by which report, and nothing to edit.
    const shown = (await call('GET', `/activities/${inLocked.id}`, editor)).json();
    expect(shown).toMatchObject({ locked: true, lockedBy: { periodId: period!.id, label: 'H1-2023' }, abilities: { update: false, delete: false, addOutcome: false } });
    expect((await call('GET', `/activities/${outside.id}`, editor)).json()).toMatchObject({ locked: false, lockedBy: null, abilities: { update: true, delete: true, addOutcome: true } });
    expect(edit.json().error.message).toContain('H1-2023');
    const moveIn = await call('PATCH', `/activities/${outside.id}`, editor, { startDate: '2023-03-01', endDate: '2023-03-01', version: 1 });
    expect(moveIn.statusCode).toBe(422);
    expect((await call('POST', '/activities', editor, input({ startDate: '2023-03-01', endDate: '2023-03-02', countryCode: 'DE' }))).statusCode).toBe(422);
    expect((await call('DELETE', `/activities/${inLocked.id}?version=1`, editor)).statusCode).toBe(422);
    expect((await call('PATCH', `/activities/${outside.id}`, editor, { title: 'fine', version: 1 })).statusCode).toBe(200);
  });
});

describe('mapped view, summary and formalism', () => {
  it('rolls a former province\'s activities up to today\'s Hồ Chí Minh City when mapped', async () => {
    const old = await create(coordinator, { unitId: binhDuong.id, title: 'Bình Dương xúc tiến đầu tư tại Hàn Quốc', startDate: '2024-05-02', endDate: '2024-05-04', countryCode: 'KR' });
    const asReported = (await call('GET', `/activities?unitId=${hcm.id}&pageSize=500`, coordinator)).json();
    expect(asReported.items.map((a: { id: string }) => a.id)).not.toContain(old.id);
    const mapped = (await call('GET', `/activities?unitId=${hcm.id}&view=mapped&pageSize=500`, coordinator)).json();
    const item = mapped.items.find((a: { id: string }) => a.id === old.id);
    expect(item).toMatchObject({ unit: { id: binhDuong.id }, currentUnit: { id: hcm.id } });

    const reportedSummary = (await call('GET', '/activities/summary?groupBy=unit&from=2024-05-01&to=2024-05-31', coordinator)).json();
    expect(reportedSummary.buckets).toEqual(expect.arrayContaining([expect.objectContaining({ key: binhDuong.id, count: 1 })]));
    const mappedSummary = (await call('GET', '/activities/summary?groupBy=unit&from=2024-05-01&to=2024-05-31&view=mapped', coordinator)).json();
    expect(mappedSummary.buckets.find((b: { key: string }) => b.key === binhDuong.id)).toBeUndefined();
    const bucket = mappedSummary.buckets.find((b: { key: string }) => b.key === hcm.id);
    expect(bucket.count).toBeGreaterThanOrEqual(1);
    // The bucket drills down to the list with the same filters.
    const drill = (await call('GET', `/activities?unitId=${hcm.id}&view=mapped&from=2024-05-01&to=2024-05-31`, coordinator)).json();
    expect(drill.total).toBe(bucket.count);

    // HCM's editor inherits Bình Dương's records.
    expect((await call('GET', `/activities/${old.id}`, hcmEditor)).statusCode).toBe(200);
  });

  it('groups by type and country', async () => {
    const byType = (await call('GET', '/activities/summary?groupBy=type', usEditor)).json();
    expect(byType.total).toBe(byType.buckets.reduce((sum: number, b: { count: number }) => sum + b.count, 0));
    const byCountry = (await call('GET', '/activities/summary?groupBy=country', usEditor)).json();
    expect(byCountry.buckets[0]).toMatchObject({ key: 'US' });
    expect((await call('GET', '/activities/summary?groupBy=planet', usEditor)).json().error.fields).toHaveProperty('groupBy');
  });

  it('flags activities with no result 30 days after the end, and gives HQ the share per unit', async () => {
    const mission = await t.factory.unit('mission', 'EMB-KR');
    const editor = await t.factory.user({ role: 'unit_editor', unitId: mission.id });
    const bare = await create(editor, { outputs: [], startDate: '2024-09-01', endDate: '2024-09-02', countryCode: 'KR' });
    await create(editor, { startDate: '2024-09-05', endDate: '2024-09-06', countryCode: 'KR' });
    const recent = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
    await create(editor, { outputs: [], startDate: recent, endDate: recent, countryCode: 'KR' });
    expect((await call('GET', `/activities/${bare.id}`, editor)).json().noResultRecorded).toBe(true);

    expect((await call('GET', '/activities/formalism', editor)).statusCode).toBe(403);
    const report = (await call('GET', '/activities/formalism', coordinator)).json();
    expect(report.units.find((u: { unit: { id: string } }) => u.unit.id === mission.id)).toMatchObject({ total: 3, flagged: 1, share: 0.333 });
    const drill = (await call('GET', `/activities?flagged=no_result&unitId=${mission.id}`, coordinator)).json();
    expect(drill.items.map((a: { id: string }) => a.id)).toEqual([bare.id]);
  });
});
