import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRun } from '../../../shared/schemas/imports.js';
import type { TestUser } from '../../test/factories.js';
import { filledTemplate, followImport, postImport } from '../../test/imports.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let coordinator: TestUser;
let other: TestUser;
beforeAll(async () => {
  t = await buildTestApp({ imports: true });
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
  other = await t.factory.user({ role: 'hq_coordinator' });
});
afterAll(() => t.close());

const ROWS = 600;
const visit = (i: number) => ({ title_vi: `Chuyến thăm số ${i}`, title_en: `Visit ${i}`, type: 'official_visit_abroad', leader_name: 'Phạm Minh Chính', leader_level: 'prime_minister', start_date: '2024-06-30', end_date: '2024-07-02', country_codes: 'KR', partners: 'KR', lead_unit: 'MOFA' });
const engagementsTotal = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/engagements?pageSize=1', headers: await t.login(coordinator) })).json<{ total: number }>().total;

describe('an upload imported in the background', () => {
  it('answers 202 with the queued import, then shows rows read, validated and written until it is done', async () => {
    const file = await filledTemplate(t, coordinator, 'engagements', Array.from({ length: ROWS }, (_, i) => visit(i)));
    const post = await postImport(t, coordinator, '/api/v1/imports/engagements', file);
    expect(post.statusCode, post.body).toBe(202);
    const accepted = post.json<ImportRun>();
    expect(accepted).toMatchObject({ kind: 'engagements', state: 'queued', dryRun: false, progress: { read: 0, validated: 0, written: 0 }, result: null, rows: [], error: null });

    const { run, seen } = await followImport(t, coordinator, accepted.id);
    expect(run).toMatchObject({ state: 'done', progress: { read: ROWS, validated: ROWS, written: ROWS }, result: { dryRun: false, rows: ROWS, created: ROWS, skipped: 0 } });
    expect(run.result!.ids).toHaveLength(ROWS);
    expect(run.startedAt).not.toBeNull();
    expect(Date.parse(run.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(run.startedAt!));
    // The counters only go up, and each stage never passes the one before it.
    for (const [i, step] of seen.entries()) {
      expect(step.progress.validated).toBeLessThanOrEqual(step.progress.read);
      expect(step.progress.written).toBeLessThanOrEqual(step.progress.validated);
      if (i > 0) expect(step.progress.read).toBeGreaterThanOrEqual(seen[i - 1]!.progress.read);
    }
    expect(await engagementsTotal()).toBe(ROWS);
  });

  it('reports row errors through the import, and writes nothing', async () => {
    const file = await filledTemplate(t, coordinator, 'engagements', [visit(1000), { ...visit(1001), lead_unit: 'NOPE' }]);
    const post = await postImport(t, coordinator, '/api/v1/imports/engagements', file);
    expect(post.statusCode).toBe(202);
    const { run } = await followImport(t, coordinator, post.json<ImportRun>().id);
    expect(run).toMatchObject({ state: 'rejected', result: null, progress: { read: 2, validated: 2, written: 0 } });
    expect(run.rows).toEqual([expect.objectContaining({ row: 3, field: 'lead_unit', code: 'unknown_unit', value: 'NOPE' })]);
    expect(await engagementsTotal()).toBe(ROWS);
  });

  it('checks without writing on a dry run', async () => {
    const file = await filledTemplate(t, coordinator, 'engagements', [visit(2000), visit(2001)]);
    const post = await postImport(t, coordinator, '/api/v1/imports/engagements?dryRun=true', file);
    expect(post.statusCode).toBe(202);
    const { run } = await followImport(t, coordinator, post.json<ImportRun>().id);
    expect(run).toMatchObject({ state: 'done', dryRun: true, progress: { read: 2, validated: 2, written: 0 }, result: { dryRun: true, created: 2, ids: [] } });
    expect(await engagementsTotal()).toBe(ROWS);
  });

  it('keeps a file over the row limit as a failed import (413\'s code and limit), importing nothing', async () => {
    const small = await buildTestApp({ imports: true, importLimits: { maxRows: 2 } });
    try {
      const hq = await small.factory.user({ role: 'hq_coordinator' });
      const file = await filledTemplate(small, hq, 'engagements', [visit(1), visit(2), visit(3)]);
      const post = await postImport(small, hq, '/api/v1/imports/engagements', file);
      const { run } = await followImport(small, hq, post.json<ImportRun>().id);
      expect(run).toMatchObject({ state: 'failed', error: { code: 'payload_too_large', limit: { name: 'rows', max: 2, found: 3 } } });
    } finally {
      await small.close();
    }
  });

  it('is readable by its uploader and admins only: another user gets 404, an anonymous caller 401', async () => {
    const file = await filledTemplate(t, coordinator, 'engagements', [visit(3000)]);
    const id = (await postImport(t, coordinator, '/api/v1/imports/engagements?dryRun=true', file)).json<ImportRun>().id;
    await followImport(t, coordinator, id);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: await t.login(other) })).statusCode).toBe(404);
    const admin = await t.factory.user({ role: 'admin' });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: await t.login(admin) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/imports/engagements' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/imports/00000000-0000-4000-8000-000000000000', headers: await t.login(other) })).statusCode).toBe(404);
  });
});
