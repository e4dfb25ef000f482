import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnershipsRepo } from './partnerships.repo.js';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let coordinator: TestUser;
let editor: TestUser;
beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
  editor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('province', '79')).id });
});
afterAll(() => t.close());

const get = async (url: string, user: TestUser = editor) => t.app.inject({ method: 'GET', url, headers: await t.login(user) });
const send = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload: object | undefined, user: TestUser) =>
  t.app.inject({ method, url, payload, headers: await t.login(user) });

describe('partnership history', () => {
  it('holds each country\'s dated changes from the reference data; the current level is the latest', async () => {
    const czech = (await get('/api/v1/partners?kind=country&countryCode=CZ')).json().items[0];
    const detail = (await get(`/api/v1/partners/${czech.id}`)).json();
    expect(detail.partnership).toMatchObject({ level: 'strategic', established: '2025-01-20', upgradedFrom: null });
    expect(detail.region).toBe('central_eastern_europe');
    const japan = (await get('/api/v1/partners?kind=country&countryCode=JP')).json().items[0];
    const history = (await get(`/api/v1/partners/${japan.id}`)).json().partnershipHistory;
    expect(history.map((c: { fromLevel: string | null; toLevel: string; date: string; datePrecision: string }) => [c.fromLevel, c.toLevel, c.date, c.datePrecision])).toEqual([
      [null, 'strategic', '2006-01-01', 'year'],
      ['strategic', 'comprehensive_strategic', '2023-11-01', 'month'],
    ]);
    expect((await get(`/api/v1/partners/${japan.id}`)).json().partnership).toMatchObject({ level: 'comprehensive_strategic', established: '2023-11', upgradedFrom: 'strategic' });
  });

  it('counts upgrades in [from, to), by region, as the indicator does', async () => {
    const h1 = (await get('/api/v1/partnership-changes?from=2025-01-01&to=2025-07-01')).json();
    expect(h1.total).toBe(9);
    expect(await partnershipsRepo.countUpgrades(t.db, { from: '2025-01-01', to: '2025-07-01' })).toBe(9);
    // The end is exclusive: Thailand's change of 16 May is outside [.., 2025-05-16).
    expect(await partnershipsRepo.countUpgrades(t.db, { from: '2025-01-01', to: '2025-05-16' })).toBe(8);
    const europe = (await get('/api/v1/partnership-changes?from=2025-01-01&to=2025-07-01&region=central_eastern_europe')).json();
    expect(europe.items.map((c: { countryCode: string }) => c.countryCode).sort()).toEqual(['BY', 'CZ']);
    expect((await get('/api/v1/partnership-changes?region=atlantis')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/partnership-changes' })).statusCode).toBe(401);
  });

  it('lets HQ record, correct and remove a change with its engagement (audited); others may not', async () => {
    const mofa = await t.factory.unit('hq', 'MOFA');
    const engagement = await t.factory.engagement({ leadUnitId: mofa.id, countryCodes: ['PL'], startDate: '2026-03-02', endDate: '2026-03-04' });
    const input = { countryCode: 'PL', toLevel: 'strategic', date: '2026-03-03', engagementId: engagement.id, sourceUrl: 'https://example.org/joint-statement' };
    expect((await send('POST', '/api/v1/partnership-changes', input, editor)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/partnership-changes', payload: input })).statusCode).toBe(401);

    const bad = await send('POST', '/api/v1/partnership-changes', { countryCode: 'XX', toLevel: 'best_friends', date: '2026-02-30', colour: 'red' }, coordinator);
    expect(bad.statusCode).toBe(400);
    const unknownEngagement = await send('POST', '/api/v1/partnership-changes', { ...input, engagementId: '01900000-0000-7000-8000-000000000000' }, coordinator);
    expect(unknownEngagement.json().error.fields).toHaveProperty('engagementId');

    const created = await send('POST', '/api/v1/partnership-changes', input, coordinator);
    expect(created.statusCode).toBe(201);
    const change = created.json();
    expect(change).toMatchObject({ countryCode: 'PL', fromLevel: null, toLevel: 'strategic', engagement: { id: engagement.id }, demo: false, version: 1 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'partnership_change.created', entityId: change.id, actorUserId: coordinator.id });
    expect((await send('POST', '/api/v1/partnership-changes', input, coordinator)).statusCode).toBe(409);

    const url = `/api/v1/partnership-changes/${change.id}`;
    const corrected = await send('PATCH', url, { date: '2026-03-04', version: 1 }, coordinator);
    expect(corrected.json()).toMatchObject({ date: '2026-03-04', version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'partnership_change.updated', before: { date: '2026-03-03' }, after: { date: '2026-03-04' } });
    expect((await send('PATCH', url, { date: '2026-03-02', version: 1 }, coordinator)).statusCode).toBe(409);
    expect((await send('PATCH', url, { fromLevel: 'strategic', version: 2 }, coordinator)).json().error.fields).toHaveProperty('toLevel');
    expect((await get('/api/v1/partnership-changes?from=2026-01-01&to=2027-01-01')).json().total).toBe(1);

    expect((await send('DELETE', `${url}?version=2`, undefined, editor)).statusCode).toBe(403);
    expect((await send('DELETE', `${url}?version=2`, undefined, coordinator)).statusCode).toBe(204);
    expect((await get('/api/v1/partnership-changes?from=2026-01-01&to=2027-01-01')).json().total).toBe(0);
  });

  it('lists MOFA regions over countries', async () => {
    const regions = (await get('/api/v1/regions')).json().items as { region: string; countryCodes: string[] }[];
    expect(regions.map((r) => r.region)).toHaveLength(11);
    expect(regions.find((r) => r.region === 'middle_east')!.countryCodes).toEqual(expect.arrayContaining(['AE', 'QA', 'SA']));
    expect(regions.find((r) => r.region === 'central_asia')!.countryCodes).toContain('KZ');
  });
});
