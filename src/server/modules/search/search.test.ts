import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_TYPES, type SearchResults, type SearchType } from '../../../shared/schemas/search.js';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let missionA: string;
let missionB: string;
let missionC: string;
let admin: TestUser;
let editorA: TestUser;
let editorB: TestUser;

type Ids = Record<Exclude<SearchType, 'partners' | 'org-units'>, string>;
let recordsA: Ids;
let recordsB: Ids;

/** A word with Vietnamese accents in every record's searchable text, searched for without them. */
const MARKER = 'Hạ Long';
const PLAIN = 'ha long';

/** One record of each unit-scoped type, created through the API by a unit editor; the request goes to `targetUnitId`. */
async function createRecords(editor: TestUser, unitId: string, targetUnitId: string): Promise<Ids> {
  const headers = await t.login(editor);
  const post = async (url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(201);
    return (res.json() as { id: string }).id;
  };
  const partner = (await t.app.inject({ method: 'GET', url: '/api/v1/partners?kind=country&countryCode=US', headers })).json().items[0].id as string;
  const engagement = await post('/engagements', {
    title: { vi: `Làm việc tại ${MARKER}`, en: `Meeting in ${MARKER}` },
    type: 'working_visit_abroad',
    leaderName: 'Đại sứ',
    leaderLevel: 'other',
    startDate: '2025-03-03',
    endDate: '2025-03-04',
    countryCodes: ['US'],
    leadUnitId: unitId,
  });
  const agreement = await post('/agreements', { title: { vi: `Bản ghi nhớ ${MARKER}`, en: `${MARKER} MoU` }, kind: 'mou', signedDate: '2025-03-04', unitIds: [unitId], partnerIds: [partner] });
  const commitment = await post('/commitments', { title: `Đưa đoàn doanh nghiệp ${MARKER}`, engagementId: engagement, ownerUnitId: unitId, dueDate: '2030-12-31' });
  const task = await post('/tasks', {
    title: `Tổ chức đoàn ${MARKER}`,
    objective: 'Kết nối doanh nghiệp hai nước',
    responsibleUnitId: unitId,
    responsiblePerson: 'Tham tán thương mại',
    startDate: '2026-01-01',
    dueDate: '2030-06-30',
    accountableTo: 'Đại sứ',
    checkedBy: 'Vụ Tổng hợp kinh tế',
    expectedOutput: 'Một đoàn doanh nghiệp',
    expectedOutcome: 'Hợp đồng xuất khẩu',
    commitmentId: commitment,
  });
  const activity = await post('/activities', { type: 'trade_promotion', title: `Hội thảo du lịch ${MARKER}`, startDate: '2025-03-10', endDate: '2025-03-10', countryCode: 'US', outputs: [{ kind: 'meetings_held', quantity: 3 }] });
  const outcome = await post('/outcomes', { activityId: activity, kind: 'jobs', quantity: 40 });
  const request = await post('/support-requests', { targetUnitId, title: `Kết nối đối tác ${MARKER}`, description: 'Giới thiệu nhà nhập khẩu thủy sản' });
  return { engagements: engagement, agreements: agreement, commitments: commitment, tasks: task, activities: activity, outcomes: outcome, 'support-requests': request };
}

const search = async (user: TestUser, query: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/search?${query}`, headers: await t.login(user) });
  return res;
};

const groupIds = (results: SearchResults, type: SearchType) => results.groups.find((group) => group.type === type)?.items.map((item) => item.id);

beforeAll(async () => {
  t = await buildTestApp();
  missionA = (await t.factory.unit('mission', 'EMB-US')).id;
  missionB = (await t.factory.unit('mission', 'EMB-AE')).id;
  missionC = (await t.factory.unit('mission', 'EMB-JP')).id;
  admin = await t.factory.user({ role: 'admin' });
  editorA = await t.factory.user({ role: 'unit_editor', unitId: missionA });
  editorB = await t.factory.user({ role: 'unit_editor', unitId: missionB });
  recordsA = await createRecords(editorA, missionA, missionC);
  recordsB = await createRecords(editorB, missionB, missionC);
});
afterAll(() => t.close());

describe('GET /api/v1/search', () => {
  it('answers 401 before validating, and 400 without a text', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/search' })).statusCode).toBe(401);
    const res = await search(admin, 'q=%20');
    expect(res.statusCode).toBe(400);
    expect((await search(admin, 'q=x&type=meetings')).statusCode).toBe(400);
  });

  it('ignores accents and case: "ha noi" finds the city of Hà Nội, and every type is a group with links', async () => {
    const res = await search(admin, 'q=ha%20noi');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as SearchResults;
    expect(body.groups.map((group) => group.type)).toEqual([...SEARCH_TYPES]);
    const units = body.groups.find((group) => group.type === 'org-units')!;
    expect(units.items).toContainEqual(expect.objectContaining({ title: { vi: 'Hà Nội', en: 'Hanoi' }, path: expect.stringMatching(/^\/org-units\/[0-9a-f-]{36}$/) }));

    const plain = (await search(admin, `q=${encodeURIComponent(PLAIN.toUpperCase())}&pageSize=50`)).json() as SearchResults;
    for (const [type, id] of Object.entries(recordsA)) expect(groupIds(plain, type as SearchType), type).toContain(id);
    const outcome = plain.groups.find((group) => group.type === 'outcomes')!.items.find((item) => item.id === recordsA.outcomes)!;
    expect(outcome.path).toBe(`/activities/${recordsA.activities}`);
    expect(plain.groups.find((group) => group.type === 'agreements')!.items.find((item) => item.id === recordsA.agreements)).toMatchObject({
      title: { vi: `Bản ghi nhớ ${MARKER}`, en: `${MARKER} MoU` },
      detail: { vi: 'Đại sứ quán Việt Nam tại Hoa Kỳ' },
      date: '2025-03-04',
      path: `/agreements/${recordsA.agreements}`,
    });
  });

  it('never shows a unit user another unit’s records it cannot read', async () => {
    const viewerA = await t.factory.user({ role: 'unit_viewer', unitId: missionA });
    for (const user of [editorA, viewerA]) {
      const body = (await search(user, `q=${encodeURIComponent(PLAIN)}&pageSize=50`)).json() as SearchResults;
      for (const [type, id] of Object.entries(recordsA)) expect(groupIds(body, type as SearchType), `${user.role} ${type}`).toContain(id);
      for (const [type, id] of Object.entries(recordsB)) expect(groupIds(body, type as SearchType) ?? [], `${user.role} ${type}`).not.toContain(id);
    }
  });

  it('pages one type when asked', async () => {
    const first = (await search(admin, `q=${encodeURIComponent(PLAIN)}&type=agreements&pageSize=1`)).json() as SearchResults;
    const second = (await search(admin, `q=${encodeURIComponent(PLAIN)}&type=agreements&pageSize=1&page=2`)).json() as SearchResults;
    expect(first.groups).toHaveLength(1);
    expect(first.groups[0]).toMatchObject({ type: 'agreements', total: 2 });
    expect(new Set([...groupIds(first, 'agreements')!, ...groupIds(second, 'agreements')!])).toEqual(new Set([recordsA.agreements, recordsB.agreements]));
  });

  it('holds, for every type and role, exactly the records that type’s list shows the same user', async () => {
    const users: TestUser[] = [
      admin,
      await t.factory.user({ role: 'hq_coordinator' }),
      await t.factory.user({ role: 'leader' }),
      editorA,
      await t.factory.user({ role: 'unit_viewer', unitId: missionB }),
      await t.factory.user({ role: 'unit_editor', unitId: missionC }),
      await t.factory.user({ role: 'business' }),
    ];
    const texts: Record<SearchType, string> = {
      engagements: PLAIN,
      agreements: PLAIN,
      commitments: PLAIN,
      tasks: PLAIN,
      activities: PLAIN,
      outcomes: PLAIN,
      partners: 'hoa ky',
      'org-units': 'ha noi',
      'support-requests': PLAIN,
    };
    for (const user of users) {
      const headers = await t.login(user);
      for (const type of SEARCH_TYPES) {
        const q = encodeURIComponent(texts[type]);
        const list = await t.app.inject({ method: 'GET', url: `/api/v1/${type}?q=${q}&pageSize=50${type === 'org-units' ? '&history=true' : ''}`, headers });
        const found = await t.app.inject({ method: 'GET', url: `/api/v1/search?q=${q}&type=${type}&pageSize=50`, headers });
        const label = `${user.role} (${user.unitId ?? 'no unit'}) ${type}`;
        if (list.statusCode === 403) {
          expect(found.statusCode, label).toBe(403);
          continue;
        }
        expect(list.statusCode, label).toBe(200);
        expect(found.statusCode, label).toBe(200);
        const listed = (list.json() as { items: { id: string }[]; total: number });
        const results = found.json() as SearchResults;
        expect(groupIds(results, type), label).toEqual(listed.items.map((item) => item.id));
        expect(results.groups[0]!.total, label).toBe(listed.total);
      }
    }
  });

  it('tolerates typos and finds every word anywhere: "nvdia" finds NVIDIA, "hiep dinh thuong mai tu do" the free-trade agreement', async () => {
    const headers = await t.login(admin);
    const post = async (url: string, payload: object) => {
      const res = await t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(201);
      return (res.json() as { id: string }).id;
    };
    const engagement = await post('/engagements', {
      title: { vi: 'Thủ tướng tiếp Tổng Giám đốc NVIDIA', en: 'Prime Minister receives the CEO of NVIDIA' },
      type: 'visit_received',
      leaderName: 'Thủ tướng',
      leaderLevel: 'prime_minister',
      startDate: '2024-12-05',
      endDate: '2024-12-05',
      countryCodes: ['US'],
      leadUnitId: missionA,
    });
    const partner = (await t.app.inject({ method: 'GET', url: '/api/v1/partners?kind=country&countryCode=US', headers })).json().items[0].id as string;
    const agreement = await post('/agreements', {
      title: { vi: 'Hiệp định Thương mại tự do song phương', en: 'Bilateral free trade agreement' },
      kind: 'agreement',
      signedDate: '2024-12-06',
      unitIds: [missionA],
      ownerUnitId: missionA,
      partnerIds: [partner],
    });
    const found = async (q: string, type: SearchType) => groupIds((await search(admin, `q=${encodeURIComponent(q)}&type=${type}&pageSize=50`)).json() as SearchResults, type) ?? [];

    expect(await found('nvdia', 'engagements')).toContain(engagement);
    expect(await found('tong giam doc nvdia', 'engagements')).toContain(engagement);
    expect(await found('hiep dinh thuong mai tu do', 'agreements')).toContain(agreement);
    expect(await found('thuong mai hiep dinh', 'agreements')).toContain(agreement);
    expect(await found('hiep dinh thuongg mai tu do', 'agreements')).toContain(agreement);
    expect(await found('nvdia', 'agreements')).not.toContain(agreement);
    expect(await found('qwrtzx', 'engagements')).toEqual([]);
  });

  it('finds the words of a text in any order but never bends a number: "2023" does not find a record of 2024', async () => {
    const headers = await t.login(admin);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/engagements',
      payload: { title: { vi: 'Hội nghị 2024 về xúc tiến', en: '2024 promotion conference' }, type: 'conference', leaderName: 'Bộ trưởng', leaderLevel: 'minister', startDate: '2024-05-05', endDate: '2024-05-05', countryCodes: ['US'], leadUnitId: missionA },
      headers,
    });
    expect(res.statusCode, res.body).toBe(201);
    const ids = (q: string) => search(admin, `q=${encodeURIComponent(q)}&type=engagements&pageSize=50`).then((r) => groupIds(r.json() as SearchResults, 'engagements') ?? []);
    expect(await ids('2024 xuc tien')).toContain(res.json().id);
    expect(await ids('2023 xuc tien')).not.toContain(res.json().id);
  });

  it('leaves out the types a user may not read', async () => {
    const business = await t.factory.user({ role: 'business' });
    const body = (await search(business, 'q=ha%20noi')).json() as SearchResults;
    expect(body.groups.map((group) => group.type)).toEqual(['org-units']);
  });
});
