import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../db/schema/index.js';
import { buildTestApp, type TestContext } from '../test/support.js';
import { generateScaleData, type ScaleResult } from './scale.js';

const options = { scale: 0.01, seed: 7, passwordHash: 'not-a-real-hash' };

describe('scale data generator', () => {
  let first: TestContext;
  let second: TestContext;
  let results: ScaleResult[];

  beforeAll(async () => {
    [first, second] = await Promise.all([buildTestApp(), buildTestApp()]);
    results = [await generateScaleData(first.db, options), await generateScaleData(second.db, options)];
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('gives the same records (counts and checksum) for the same seed on a fresh database', () => {
    expect(results[0]!.counts).toEqual(results[1]!.counts);
    expect(results[0]!.checksum).toBe(results[1]!.checksum);
    expect(results[0]!.counts.tasks).toBe(results[0]!.counts.commitments! * 5);
  });

  it('loads every row it counts, over every entity', async () => {
    const { counts } = results[0]!;
    const tables = { tasks: schema.tasks, outcomes: schema.outcomes, audit_log: schema.auditLog, period_submissions: schema.periodSubmissions, agreement_parties: schema.agreementParties };
    for (const [name, table] of Object.entries(tables)) {
      expect(counts[name], name).toBeGreaterThan(0);
      expect(await first.db.$count(table), name).toBeGreaterThanOrEqual(counts[name]!);
    }
    for (const name of ['users', 'partners', 'engagements', 'commitments', 'task_status_events', 'activities', 'activity_outputs', 'confirmation_tokens', 'notifications', 'reporting_periods', 'support_requests']) {
      expect(counts[name], name).toBeGreaterThan(0);
    }
  });

  it('lists the generated records through the API', async () => {
    const headers = await first.login(await first.factory.user({ role: 'hq_coordinator' }));
    const response = await first.app.inject({ method: 'GET', url: '/api/v1/tasks?pageSize=5', headers });
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBeGreaterThanOrEqual(results[0]!.counts.tasks!);
  });

  it('gives other records for another seed', async () => {
    const other = await buildTestApp();
    try {
      expect((await generateScaleData(other.db, { ...options, seed: 8 })).checksum).not.toBe(results[0]!.checksum);
    } finally {
      await other.close();
    }
  });
});
