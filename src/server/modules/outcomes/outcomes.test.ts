import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationTokens, jobs, outboxEmails, periodSubmissions, reportingPeriods } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import type { OrgUnitRow } from '../org-units/org-units.repo.js';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { remindPendingConfirmations } from './confirmations.service.js';

let t: TestContext;
let mission: OrgUnitRow;
let editor: TestUser;
let viewer: TestUser;
let otherEditor: TestUser;
let coordinator: TestUser;
let activityId: string;

beforeAll(async () => {
  t = await buildTestApp();
  mission = await t.factory.unit('mission', 'EMB-US');
  const japan = await t.factory.unit('mission', 'EMB-JP');
  editor = await t.factory.user({ role: 'unit_editor', unitId: mission.id });
  viewer = await t.factory.user({ role: 'unit_viewer', unitId: mission.id });
  otherEditor = await t.factory.user({ role: 'unit_editor', unitId: japan.id });
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
  activityId = (await newActivity('2024-04-01')).id;
});
afterAll(() => t.close());

const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, user?: TestUser, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, payload, headers: user ? await t.login(user) : {} });

async function newActivity(day: string, user: TestUser = editor) {
  const res = await call('POST', '/activities', user, { type: 'trade_promotion', title: `Xúc tiến thủy sản ${day}`, startDate: day, endDate: day, countryCode: 'US' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const exportContract = (overrides: Record<string, unknown> = {}) => ({
  activityId,
  kind: 'export_contract',
  value: '1250000.10',
  currency: 'USD',
  product: 'Tôm đông lạnh',
  hsCode: '030617',
  counterpart: 'Sysco Corp.',
  businessName: 'Công ty CP Thủy sản Minh Phú',
  contactName: 'Lê Văn Quang',
  contactEmail: 'quang@minhphu.example',
  ...overrides,
});

const createOutcome = async (overrides: Record<string, unknown> = {}, user: TestUser = editor) => {
  const res = await call('POST', '/outcomes', user, exportContract(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

/** Asks for confirmation and reads the link's token from the queued e-mail. */
async function requestToken(outcomeId: string): Promise<string> {
  const res = await call('POST', `/outcomes/${outcomeId}/confirmation-requests`, editor);
  expect(res.statusCode, res.body).toBe(201);
  const [email] = await t.db.select().from(outboxEmails).orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id)).limit(1);
  return /\/confirm\/([\w-]+)/.exec(email!.body)![1]!;
}

describe('POST /api/v1/outcomes', () => {
  it('needs a session and an editor of the activity\'s unit; 404 for an activity out of scope', async () => {
    expect((await call('POST', '/outcomes', undefined, exportContract())).statusCode).toBe(401);
    expect((await call('POST', '/outcomes', viewer, exportContract())).statusCode).toBe(403);
    expect((await call('POST', '/outcomes', otherEditor, exportContract())).statusCode).toBe(404);
  });

  it('checks the "three clears" per kind, naming the fields', async () => {
    const res = await call('POST', '/outcomes', editor, { activityId, kind: 'export_contract', hsCode: '12a' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['value', 'currency', 'product', 'businessName', 'hsCode']));
    const jobs = await call('POST', '/outcomes', editor, { activityId, kind: 'jobs', hsCode: '0306' });
    expect(Object.keys(jobs.json().error.fields)).toEqual(expect.arrayContaining(['quantity', 'hsCode']));
    const float = await call('POST', '/outcomes', editor, exportContract({ value: 1250000.1 }));
    expect(float.json().error.fields).toHaveProperty('value');
  });

  it('records an unconfirmed outcome, audited, and the activity is no longer flagged', async () => {
    const outcome = await createOutcome();
    expect(outcome).toMatchObject({ value: '1250000.10', confirmationStatus: 'unconfirmed', activity: { id: activityId, unit: { id: mission.id } }, version: 1 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'outcome.created', entityId: outcome.id, actorUserId: editor.id });
    expect((await call('GET', `/activities/${activityId}`, editor)).json()).toMatchObject({ outcomeCount: expect.any(Number), noResultRecorded: false });
    expect((await call('GET', `/outcomes/${outcome.id}`, otherEditor)).statusCode).toBe(404);
  });
});

describe('PATCH /api/v1/outcomes/:id', () => {
  it('edits with the version read (409 when stale), validating the merged outcome', async () => {
    const outcome = await createOutcome();
    const res = await call('PATCH', `/outcomes/${outcome.id}`, editor, { value: '1300000', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ value: '1300000.00', version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'outcome.updated', after: { value: '1300000.00' } });
    expect((await call('PATCH', `/outcomes/${outcome.id}`, editor, { value: '1', version: 1 })).statusCode).toBe(409);
    const invalid = await call('PATCH', `/outcomes/${outcome.id}`, editor, { kind: 'jobs', version: 2 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields).toHaveProperty('quantity');
    expect((await call('PATCH', `/outcomes/${outcome.id}`, otherEditor, { value: '1', version: 2 })).statusCode).toBe(404);
  });

  it('refuses a change when the activity\'s period is approved (422 on `period`)', async () => {
    const germany = await t.factory.unit('mission', 'EMB-DE');
    const deEditor = await t.factory.user({ role: 'unit_editor', unitId: germany.id });
    const activity = await newActivity('2023-03-03', deEditor);
    const outcome = await createOutcome({ activityId: activity.id }, deEditor);
    const [period] = await t.db.insert(reportingPeriods).values({ id: newId(), kind: 'year', label: '2023', startDate: '2023-01-01', endDate: '2024-01-01' }).returning();
    await t.db.insert(periodSubmissions).values({ id: newId(), periodId: period!.id, unitId: germany.id, status: 'approved' });
    const res = await call('PATCH', `/outcomes/${outcome.id}`, deEditor, { value: '1', version: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual({ period: 'locked', periodLabel: '2023' });
    const shown = (await call('GET', `/outcomes/${outcome.id}`, deEditor)).json();
    expect(shown.abilities).toMatchObject({ update: false, delete: false });
    const locked = (await call('GET', `/activities/${activity.id}`, deEditor)).json();
    expect(locked).toMatchObject({ locked: true, lockedBy: { periodId: period!.id, label: '2023' }, abilities: { update: false, delete: false, addOutcome: false } });
    expect((await call('POST', '/outcomes', deEditor, exportContract({ activityId: activity.id }))).statusCode).toBe(422);
  });
});

describe('confirmation by the business', () => {
  it('is locked with the period: HQ\'s approval stops new requests and the answers to links already sent', async () => {
    const activity = await newActivity('2022-05-05');
    const sent = await createOutcome({ activityId: activity.id });
    const unsent = await createOutcome({ activityId: activity.id });
    const token = await requestToken(sent.id);
    const [period] = await t.db.insert(reportingPeriods).values({ id: newId(), kind: 'year', label: '2022', startDate: '2022-01-01', endDate: '2023-01-01' }).returning();
    await t.db.insert(periodSubmissions).values({ id: newId(), periodId: period!.id, unitId: editor.unitId!, status: 'approved' });

    const request = await call('POST', `/outcomes/${unsent.id}/confirmation-requests`, editor);
    expect(request.statusCode).toBe(422);
    expect(request.json().error.fields).toEqual({ period: 'locked', periodLabel: '2022' });
    expect((await call('GET', `/outcomes/${unsent.id}`, editor)).json().abilities).toEqual({ update: false, delete: false, requestConfirmation: false });

    const correction = await call('POST', `/confirmations/${token}`, undefined, { decision: 'correct', value: '987700000' });
    expect(correction.statusCode).toBe(410);
    expect(correction.json().error.fields).toEqual({ token: 'locked' });
    expect((await call('GET', `/confirmations/${token}`)).statusCode).toBe(410);
    expect((await call('GET', `/outcomes/${sent.id}`, editor)).json()).toMatchObject({ value: sent.value, confirmationStatus: 'unconfirmed', confirmedValue: null, version: sent.version });
  });

  it('needs a contact e-mail and an editor', async () => {
    const outcome = await createOutcome({ contactEmail: null });
    const res = await call('POST', `/outcomes/${outcome.id}/confirmation-requests`, editor);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toHaveProperty('contactEmail');
    // Without an e-mail nobody is offered the button; the owner may still edit, others not.
    expect(outcome.abilities).toEqual({ update: true, delete: true, requestConfirmation: false });
    expect((await call('GET', `/outcomes/${outcome.id}`, viewer)).json().abilities).toEqual({ update: false, delete: false, requestConfirmation: false });
    expect((await call('GET', `/outcomes/${outcome.id}`, coordinator)).json().abilities).toEqual({ update: true, delete: true, requestConfirmation: false });
    expect((await call('GET', `/outcomes/${outcome.id}`, otherEditor)).statusCode).toBe(404);
    expect((await call('POST', `/outcomes/${outcome.id}/confirmation-requests`, viewer)).statusCode).toBe(403);
    expect((await call('POST', `/outcomes/${outcome.id}/confirmation-requests`)).statusCode).toBe(401);
  });

  it('e-mails a single-use link, stores only its hash, and the business confirms once', async () => {
    const outcome = await createOutcome();
    expect(outcome).toMatchObject({ confirmationRequestedAt: null, confirmationExpiresAt: null, abilities: { requestConfirmation: true } });
    const token = await requestToken(outcome.id);
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'outcome.confirmation_requested', entityId: outcome.id });
    const [stored] = await t.db.select().from(confirmationTokens).where(eq(confirmationTokens.outcomeId, outcome.id));
    // "Sent, valid until": the open link's dates, on the record and in the list.
    const sent = { confirmationRequestedAt: stored!.createdAt.toISOString(), confirmationExpiresAt: stored!.expiresAt.toISOString() };
    expect((await call('GET', `/outcomes/${outcome.id}`, editor)).json()).toMatchObject(sent);
    expect((await call('GET', `/outcomes?activityId=${activityId}&pageSize=500`, viewer)).json().items.find((o: { id: string }) => o.id === outcome.id)).toMatchObject(sent);
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(7 * 86_400_000);
    expect((await t.db.select().from(jobs).where(eq(jobs.kind, 'email.send'))).length).toBeGreaterThan(0);

    const claim = await call('GET', `/confirmations/${token}`);
    expect(claim.statusCode).toBe(200);
    expect(claim.json()).toMatchObject({ activity: { title: 'Xúc tiến thủy sản 2024-04-01' }, outcome: { kind: 'export_contract', value: '1250000.10', product: 'Tôm đông lạnh' }, business: { name: 'Công ty CP Thủy sản Minh Phú' } });

    const confirm = await call('POST', `/confirmations/${token}`, undefined, { decision: 'confirm' });
    expect(confirm.statusCode).toBe(200);
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'outcome.confirmed', entityId: outcome.id, actorUserId: null });
    expect((await call('GET', `/outcomes/${outcome.id}`, editor)).json()).toMatchObject({
      confirmationStatus: 'confirmed',
      version: 2,
      confirmationRequestedAt: null,
      confirmationExpiresAt: null,
      abilities: { requestConfirmation: false },
    });

    const again = await call('POST', `/confirmations/${token}`, undefined, { decision: 'deny' });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.message).toContain('already been used');
    const used = await call('GET', `/confirmations/${token}`);
    expect(used.statusCode).toBe(410);
    expect(used.json().error.fields).toEqual({ token: 'used' });
    expect((await call('POST', `/outcomes/${outcome.id}/confirmation-requests`, editor)).statusCode).toBe(422);
  });

  it('shows the requesting unit its open link in the app, so it can pass it on without a mail server; nobody else', async () => {
    const outcome = await createOutcome();
    const open = `/outcomes/${outcome.id}/confirmation-requests/open`;
    expect((await call('GET', open, editor)).statusCode).toBe(404);
    const requested = await call('POST', `/outcomes/${outcome.id}/confirmation-requests`, editor);
    expect(requested.json()).toMatchObject({ link: expect.stringMatching(/\/confirm\/[\w-]+$/), emailSentAt: null });
    const shown = await call('GET', open, editor);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ id: requested.json().id, email: 'quang@minhphu.example', link: requested.json().link, emailSentAt: null });
    const [email] = await t.db.select().from(outboxEmails).orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id)).limit(1);
    expect(email!.body).toContain(shown.json().link);
    expect((await call('GET', `/confirmations/${shown.json().link.split('/confirm/')[1]}`)).statusCode).toBe(200);

    expect((await call('GET', open)).statusCode).toBe(401);
    expect((await call('GET', open, viewer)).statusCode).toBe(403);
    expect((await call('GET', open, otherEditor)).statusCode).toBe(404);
    // A resend replaces the link; an answer closes it.
    const resent = await call('POST', `/outcomes/${outcome.id}/confirmation-requests`, editor);
    expect((await call('GET', open, editor)).json().link).toBe(resent.json().link);
    expect((await call('POST', `/confirmations/${resent.json().link.split('/confirm/')[1]}`, undefined, { decision: 'confirm' })).statusCode).toBe(200);
    expect((await call('GET', open, editor)).statusCode).toBe(404);
  });

  it('answers 404 for an unknown link, 410 for an expired or replaced one', async () => {
    expect((await call('GET', '/confirmations/not-a-real-token-at-all')).statusCode).toBe(404);
    const outcome = await createOutcome();
    const first = await requestToken(outcome.id);
    const second = await requestToken(outcome.id);
    const replaced = await call('GET', `/confirmations/${first}`);
    expect(replaced.statusCode).toBe(410);
    expect(replaced.json().error.fields).toEqual({ token: 'replaced' });
    expect(replaced.json().error.message).toContain('replaced');
    await t.db.update(confirmationTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(confirmationTokens.outcomeId, outcome.id));
    const expired = await call('POST', `/confirmations/${second}`, undefined, { decision: 'confirm' });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.fields).toEqual({ token: 'expired' });
    expect(expired.json().error.message).toContain('expired');
  });

  it('a correction needs the right figure, and totals use it; denied outcomes never count', async () => {
    const activity = await newActivity('2024-11-20');
    const corrected = await createOutcome({ activityId: activity.id, value: '0.10', currency: 'EUR' });
    const confirmed = await createOutcome({ activityId: activity.id, value: '0.20', currency: 'EUR' });
    const denied = await createOutcome({ activityId: activity.id, value: '1000', currency: 'EUR' });
    await createOutcome({ activityId: activity.id, value: '5.05', currency: 'EUR' });

    const correctToken = await requestToken(corrected.id);
    const missing = await call('POST', `/confirmations/${correctToken}`, undefined, { decision: 'correct' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toHaveProperty('value');
    expect((await call('POST', `/confirmations/${correctToken}`, undefined, { decision: 'correct', value: '0.15', note: 'Phần còn lại chưa ký' })).statusCode).toBe(200);
    await call('POST', `/confirmations/${await requestToken(confirmed.id)}`, undefined, { decision: 'confirm' });
    await call('POST', `/confirmations/${await requestToken(denied.id)}`, undefined, { decision: 'deny' });
    expect((await call('GET', `/outcomes/${corrected.id}`, editor)).json()).toMatchObject({ confirmationStatus: 'corrected', confirmedValue: '0.15' });

    const range = 'from=2024-11-01&to=2024-11-30&kind=export_contract';
    const all = (await call('GET', `/outcomes/totals?${range}`, coordinator)).json();
    expect(all.items).toEqual([{ kind: 'export_contract', currency: 'EUR', value: '5.40', quantity: null, count: 3 }]);
    const confirmedOnly = (await call('GET', `/outcomes/totals?${range}&confirmedOnly=true`, coordinator)).json();
    expect(confirmedOnly.items).toEqual([{ kind: 'export_contract', currency: 'EUR', value: '0.35', quantity: null, count: 2 }]);
    const drill = (await call('GET', `/outcomes?${range}&confirmedOnly=true&currency=EUR&counted=true`, coordinator)).json();
    expect(drill.items.map((o: { id: string }) => o.id).sort()).toEqual([corrected.id, confirmed.id].sort());
    expect((await call('GET', `/outcomes/totals?${range}`, otherEditor)).json().items).toEqual([]);
  });

  it('changing the claim puts a confirmed outcome back to unconfirmed', async () => {
    const outcome = await createOutcome();
    await call('POST', `/confirmations/${await requestToken(outcome.id)}`, undefined, { decision: 'confirm' });
    const res = await call('PATCH', `/outcomes/${outcome.id}`, editor, { value: '999', version: 2 });
    expect(res.json()).toMatchObject({ confirmationStatus: 'unconfirmed', confirmedAt: null });
  });

  it('reminds weekly with a new link, at most three times', async () => {
    const outcome = await createOutcome();
    const first = await requestToken(outcome.id);
    const week = 7 * 86_400_000 + 60_000;
    let now = Date.now();
    const sent: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      now += week;
      sent.push(await remindPendingConfirmations(t.db, new Date(now), 'https://econdip.example'));
    }
    const tokens = await t.db.select().from(confirmationTokens).where(eq(confirmationTokens.outcomeId, outcome.id));
    const mine = tokens.filter((token) => token.remindersSent > 0);
    expect(mine.map((token) => token.remindersSent).sort()).toEqual([1, 2, 3]);
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    expect((await call('GET', `/confirmations/${first}`)).statusCode).toBe(410);
    const [email] = await t.db.select().from(outboxEmails).orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id)).limit(1);
    expect(email!.body).toContain('https://econdip.example/confirm/');
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'outcome.confirmation_reminded', actorUserId: null });
  });

  it('deletes with the version read', async () => {
    const outcome = await createOutcome();
    expect((await call('DELETE', `/outcomes/${outcome.id}?version=1`, editor)).statusCode).toBe(204);
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'outcome.deleted', entityId: outcome.id });
  });
});
