import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { retryAt } from './auth.service.js';

const ATTACKER = '203.0.113.9';
const OWNER = '198.51.100.7';

describe('without trusted proxies (the default)', () => {
  let t: TestContext;
  let strict: TestContext;
  beforeAll(async () => {
    t = await buildTestApp();
    strict = await buildTestApp({ loginRateLimit: 3 });
  });
  afterAll(async () => {
    await t.close();
    await strict.close();
  });

  const login = (email: string, password: string, headers: Record<string, string> = {}, remoteAddress = ATTACKER, app = t.app) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers, remoteAddress });

  it('a varying X-Forwarded-For neither escapes the per-address limit nor reaches the audit log', async () => {
    const user = await strict.factory.user();
    const answers = [];
    for (let i = 1; i <= 4; i++) answers.push((await login('nobody@test.local', 'wrong-password', { 'x-forwarded-for': `192.0.2.${i}` }, '192.0.2.200', strict.app)).statusCode);
    expect(answers).toEqual([401, 401, 401, 429]);
    const signedIn = await login(user.email, TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.99' }, OWNER, strict.app);
    expect(signedIn.statusCode).toBe(200);
    expect((await strict.auditRows(1))[0]).toMatchObject({ action: 'user.signed_in', after: { ip: OWNER } });
  });

  it('five wrong passwords from one address do not lock the owner out from another', async () => {
    const user = await t.factory.user();
    for (let i = 0; i < 5; i++) expect((await login(user.email, `wrong-${i}-password`, {}, `${ATTACKER.slice(0, -1)}${i}`)).statusCode).toBe(401);
    // The same five from one address: that address waits, the owner does not.
    const attacker = await t.factory.user();
    for (let i = 0; i < 5; i++) expect((await login(attacker.email, `wrong-${i}-password`, {}, ATTACKER)).statusCode).toBe(401);
    const blocked = await login(attacker.email, TEST_PASSWORD, {}, ATTACKER);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/Too many failed sign-ins/) });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(attacker.email, TEST_PASSWORD, {}, OWNER)).statusCode).toBe(200);
    expect((await login(user.email, TEST_PASSWORD, {}, OWNER)).statusCode).toBe(200);
  });

  it('backs off: a minute after five failures, doubling with each further one up to 15 minutes', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const wait = (failures: number) => (retryAt(failures, at)?.getTime() ?? at.getTime()) - at.getTime();
    expect([4, 5, 6, 7, 8, 9, 12].map(wait)).toEqual([0, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000]);
  });

  it('an HTTP request gets a session cookie without Secure, and X-Forwarded-Proto from anyone changes nothing', async () => {
    const user = await t.factory.user();
    const res = await login(user.email, TEST_PASSWORD, { 'x-forwarded-proto': 'https' }, '192.0.2.77');
    expect(res.cookies.find((c) => c.name === 'econdip_session')).not.toHaveProperty('secure', true);
  });
});

describe('behind a trusted proxy', () => {
  let t: TestContext;
  const PROXY = '10.0.0.5';
  beforeAll(async () => {
    t = await buildTestApp({ trustedProxies: ['10.0.0.0/8'] });
  });
  afterAll(() => t.close());

  it('takes the client address and HTTPS from the proxy: audited address, Secure cookie', async () => {
    const user = await t.factory.user();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': OWNER, 'x-forwarded-proto': 'https' },
      remoteAddress: PROXY,
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'econdip_session')).toMatchObject({ secure: true, httpOnly: true });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'user.signed_in', after: { ip: OWNER } });
  });
});
