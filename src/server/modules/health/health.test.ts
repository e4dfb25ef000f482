import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { testDatabaseKind } from '../../test/database-kind.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/health', () => {
  it('reports the database kind and version without sign-in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: testDatabaseKind(), version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});

describe('API documentation', () => {
  it('serves the OpenAPI document with every route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/health', '/api/v1/auth/login', '/api/v1/me', '/api/v1/org-units', '/api/v1/org-units/{orgUnitId}', '/api/v1/users', '/api/v1/audit']));
  });

  it('names every operation once, declares its server and documents every error in the error shape', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const operations = Object.values(document.paths as Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>>).flatMap((methods) => Object.values(methods));
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z]+[A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.paths['/api/v1/agreements/{agreementId}'].get.operationId).toBe('getAgreementsByAgreementId');
    const errorRefs = operations.flatMap((operation) => Object.entries(operation.responses).filter(([status]) => status.startsWith('4')).map(([, response]) => JSON.stringify(response)));
    expect(errorRefs.every((response) => response.includes('"error"'))).toBe(true);
  });

  it('answers an unknown API route with the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('openapi.json', () => {
  it('is in sync with the routes (run npm run sync:openapi)', async () => {
    const { readFileSync } = await import('node:fs');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    const checkedIn = JSON.parse(readFileSync(new URL('../../../../openapi.json', import.meta.url), 'utf8'));
    expect(res.json()).toEqual(checkedIn);
  });
});
