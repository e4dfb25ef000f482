import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../test/support.js';
import { DEMO_TARGETS, demoEngagementsContext, demoVisits, loadDemoEngagements, UPGRADE_MARK } from './demo-engagements.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

interface AgreementItem {
  title: { vi: string; en: string };
  kind: string;
  fields: string[];
  engagementId: string | null;
  signedDate: string;
  localInternational: boolean;
  partners: { kind: string; code: string }[];
}

describe('loadDemoEngagements', () => {
  it('reproduces the sources\' figures for 2024 and H1-2025 through the app\'s own counts, once', async () => {
    const first = await t.db.transaction((tx) => loadDemoEngagements(tx, demoEngagementsContext(tx)));
    expect(first).toEqual({ engagements: DEMO_TARGETS.y2024.engagements + DEMO_TARGETS.h1_2025.engagements, agreements: DEMO_TARGETS.y2024.agreements + DEMO_TARGETS.h1_2025.agreements });
    const again = await t.db.transaction((tx) => loadDemoEngagements(tx, demoEngagementsContext(tx)));
    expect(again).toEqual({ engagements: 0, agreements: 0 });

    const headers = await t.login(await t.factory.user({ role: 'leader' }));
    const get = async (url: string) => {
      const response = await t.app.inject({ method: 'GET', url, headers });
      expect(response.statusCode, url).toBe(200);
      return response.json();
    };
    const stats = (query: string) => get(`/api/v1/agreements/stats?${query}`);
    const agreementsIn = async (from: string, to: string) => (await get(`/api/v1/agreements?from=${from}&to=${to}&pageSize=500`)).items as AgreementItem[];

    // 2024: nearly 60 activities of key leaders, more than 170 agreements signed during them.
    const y = DEMO_TARGETS.y2024;
    const engagements2024 = await get(`/api/v1/engagements?from=${y.from}&to=${y.to}&pageSize=500`);
    expect(engagements2024.total).toBeGreaterThanOrEqual(55);
    expect(engagements2024.total).toBeLessThanOrEqual(60);
    const titles2024 = (engagements2024.items as { title: { vi: string } }[]).map((e) => e.title.vi);
    for (const country of ['Ấn Độ', 'Australia', 'New Zealand', 'Hàn Quốc', 'Ả Rập Thống nhất', 'Qatar', 'Ả Rập Xê Út', 'Hungary', 'Romania', 'Dominica', 'Trung Quốc', 'Nga']) {
      expect(titles2024.some((title) => title.startsWith('Thủ tướng') && title.includes(country)), country).toBe(true);
    }
    const signed2024 = await agreementsIn(y.from, y.to);
    expect(signed2024.length).toBeGreaterThan(170);
    expect(signed2024.every((a) => a.engagementId !== null)).toBe(true);
    expect((await stats(`groupBy=kind&from=${y.from}&to=${y.to}`)).total).toBe(signed2024.length);

    // H1-2025: nearly 50 major activities, 253 agreements (economy, trade, investment, S&T), 30 between localities.
    const h = DEMO_TARGETS.h1_2025;
    const engagementsH1 = await get(`/api/v1/engagements?from=${h.from}&to=${h.to}&pageSize=500`);
    expect(engagementsH1.total).toBeGreaterThanOrEqual(45);
    expect(engagementsH1.total).toBeLessThanOrEqual(50);
    const signedH1 = await agreementsIn(h.from, h.to);
    expect(signedH1.length).toBe(253);
    expect(signedH1.every((a) => a.engagementId !== null)).toBe(true);
    expect((await stats(`groupBy=month&from=${h.from}&to=${h.to}`)).total).toBe(253);
    expect((await stats(`groupBy=unit&localInternational=true&from=${h.from}&to=${h.to}`)).total).toBe(30);
    // "Missions helped facilitate 30 agreements between Vietnamese localities and international partners."
    expect((await stats(`groupBy=facilitator&localInternational=true&facilitated=true&from=${h.from}&to=2025-07-01`)).total).toBe(h.localInternational);
    const byField = await stats(`groupBy=field&from=${h.from}&to=${h.to}`);
    expect(byField.buckets.slice(0, 3).map((b: { key: string }) => b.key).sort()).toEqual(['investment', 'science_technology', 'trade']);
    expect(signedH1.filter((a) => a.fields.some((f) => ['trade', 'investment', 'science_technology', 'digital'].includes(f))).length / 253).toBeGreaterThan(0.7);

    // Plausible, varied, bilingual titles; invented ones marked.
    const all = [...signed2024, ...signedH1];
    expect(new Set(all.map((a) => a.title.vi)).size).toBeGreaterThan(all.length * 0.95);
    expect(new Set(all.map((a) => a.kind))).toEqual(new Set(['treaty', 'agreement', 'mou', 'letter_of_intent', 'commercial_contract', 'joint_statement']));
    expect(all.every((a) => a.title.vi !== a.title.en && a.title.en.length > 10)).toBe(true);
    // Only the cited ones are real: the UAE CEPA and NVIDIA's AI centres.
    expect(all.filter((a) => !a.title.vi.includes('[demo]')).map((a) => a.title.en).sort()).toEqual([
      'Agreement on NVIDIA\'s AI R&D centre and AI data centre in Viet Nam',
      'Viet Nam–UAE Comprehensive Economic Partnership Agreement (CEPA)',
    ]);
    // The corporations the sources name are partners to link real records to; invented documents name fictional ones.
    const companies = (await get('/api/v1/partners?kind=foreign_company&pageSize=100')).items as { code: string }[];
    for (const code of ['APPLE', 'INTEL', 'GOOGLE', 'NVIDIA', 'SAMSUNG', 'LG', 'CADENCE', 'QORVO', 'MARVELL', 'SIEMENS']) expect(companies.map((c) => c.code), code).toContain(code);
    const invented = all.filter((a) => a.title.vi.includes('[demo]'));
    const inventedCompanies = new Set(invented.flatMap((a) => a.partners.filter((p) => p.kind === 'foreign_company').map((p) => p.code)));
    expect(inventedCompanies.size).toBeGreaterThan(5);
    expect([...inventedCompanies].every((code) => code.startsWith('DEMO-'))).toBe(true);
    const cepa = await get('/api/v1/agreements?q=CEPA');
    expect(cepa.items[0]).toMatchObject({ kind: 'treaty', signedDate: '2024-10-28', partners: [{ code: 'AE' }] });

    // Relations upgraded in H1-2025: a count of partnership-change records, each announced at one of the engagements.
    type Change = { countryCode: string; toLevel: string; date: string; engagement: { id: string } | null };
    const changesH1 = await get(`/api/v1/partnership-changes?from=${h.from}&to=2025-07-01`);
    expect(changesH1.total).toBe(h.upgrades);
    expect((changesH1.items as Change[]).map((c) => c.countryCode).sort()).toEqual(['AZ', 'BY', 'CH', 'CZ', 'ID', 'KZ', 'NZ', 'SG', 'TH']);
    type EngagementItem = { id: string; countryCodes: string[]; startDate: string; endDate: string; summary: string | null };
    const engagementsById = new Map((engagementsH1.items as EngagementItem[]).map((e) => [e.id, e]));
    for (const change of changesH1.items as Change[]) {
      const engagement = engagementsById.get(change.engagement?.id ?? '');
      expect(engagement, change.countryCode).toBeDefined();
      expect(engagement!.countryCodes).toContain(change.countryCode);
      expect(change.date >= engagement!.startDate && change.date <= engagement!.endDate, change.countryCode).toBe(true);
    }
    // Every engagement that says it upgraded relations is one the history records.
    const allChanges = (await get('/api/v1/partnership-changes')).items as Change[];
    const upgradeEngagements = [...(engagements2024.items as EngagementItem[]), ...(engagementsH1.items as EngagementItem[])].filter((e) => e.summary?.includes(UPGRADE_MARK));
    expect(upgradeEngagements.length).toBeGreaterThanOrEqual(h.upgrades + 5);
    for (const engagement of upgradeEngagements) expect(allChanges.some((c) => c.engagement?.id === engagement.id), engagement.countryCodes.join()).toBe(true);
    const czech = (await get('/api/v1/partners?kind=country&countryCode=CZ')).items[0];
    expect((await get(`/api/v1/partners/${czech.id}`)).partnership).toMatchObject({ level: 'strategic', established: '2025-01-20' });
  });

  it('is deterministic', () => {
    expect(demoVisits().map((v) => `${v.start} ${v.vi}`)).toEqual(demoVisits().map((v) => `${v.start} ${v.vi}`));
  });
});
