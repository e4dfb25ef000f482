import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../test/support.js';
import { loadDemoData } from './demo.js';
import { FICTIONAL_BUYERS, FICTIONAL_EXPORTERS, FICTIONAL_FOREIGN_COMPANIES, FICTIONAL_INVESTORS, FICTIONAL_VIETNAMESE_SELLERS } from './demo-names.js';

/**
 * Real corporations and people: the ones the sources name, and the ones earlier demo data used as parties to
 * invented deals. None may appear in a record flagged as demo.
 */
const REAL_NAMES = [
  // Named by the conferences' reports.
  'Apple', 'Intel', 'Google', 'NVIDIA', 'Samsung', 'LG', 'Cadence', 'Qorvo', 'Marvell', 'Siemens',
  // Korean groups met during the 2024 visit; foreign investors and buyers.
  'Hyundai', 'POSCO', 'Lotte', 'Hyosung', 'Doosan', 'Celltrion', 'Foxconn', 'Hon Hai', 'LEGO', 'Amkor',
  'Qatar Investment Authority', 'QIA', 'PIF', 'Sysco', 'Walmart', 'AEON', 'Carrefour', 'Al Ghurair', 'Metro AG', 'Costco', 'Woolworths',
  'Boeing', 'Airbus',
  // Vietnamese corporations.
  'Vinamilk', 'Vingroup', 'VinFast', 'Vietjet', 'Vietnam Airlines', 'Vinafood', 'PV GAS', 'PV Power', 'Petrovietnam', 'FPT', 'Viettel',
  'Minh Phú', 'Vĩnh Hoàn', 'Lộc Trời', 'Trung Nguyên', 'Hòa Thọ', 'An Cường', 'Intimex', 'Masan', 'Hòa Phát', 'TH True Milk',
  // Real people once named as contacts or executives.
  'Mai Kiều Liên', 'Đặng Lê Nguyên Vũ', 'Trương Thị Lệ Khanh', 'Lê Văn Quang', 'Jensen Huang', 'Tim Cook', 'Lee Jae',
];

const pattern = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
const REAL = REAL_NAMES.map((name) => [name, pattern(name)] as const);
const realNamesIn = (text: string) => REAL.filter(([, re]) => re.test(text)).map(([name]) => name);

/** Every table with a demo flag, and the related rows whose text belongs to a demo record. */
const DEMO_RECORDS = sql.raw(`
  SELECT 'engagement' AS entity, to_jsonb(e)::text AS body FROM engagements e WHERE e.demo
  UNION ALL SELECT 'agreement', to_jsonb(a)::text || ' ' || coalesce((SELECT string_agg(p.name_vi || ' ' || p.name_en, ' ') FROM agreement_parties ap JOIN partners p ON p.id = ap.partner_id WHERE ap.agreement_id = a.id), '') FROM agreements a WHERE a.demo
  UNION ALL SELECT 'commitment', to_jsonb(c)::text FROM commitments c WHERE c.demo
  UNION ALL SELECT 'task', to_jsonb(t)::text || ' ' || coalesce((SELECT string_agg(ev.rationale || ' ' || coalesce(ev.evidence_url, ''), ' ') FROM task_status_events ev WHERE ev.task_id = t.id), '') FROM tasks t WHERE t.demo
  UNION ALL SELECT 'activity', to_jsonb(x)::text FROM activities x WHERE x.demo
  UNION ALL SELECT 'outcome', to_jsonb(o)::text FROM outcomes o WHERE o.demo
  UNION ALL SELECT 'support_request', to_jsonb(s)::text FROM support_requests s WHERE s.demo
  UNION ALL SELECT 'partner', to_jsonb(p)::text FROM partners p WHERE p.demo
  UNION ALL SELECT 'user', u.name || ' ' || u.email FROM users u WHERE u.demo
  UNION ALL SELECT 'source_document', to_jsonb(d)::text FROM source_documents d WHERE d.demo
  UNION ALL SELECT 'barrier', to_jsonb(b)::text FROM barriers b WHERE b.demo
`);

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
  expect(await loadDemoData(t.db, 'demo-test-password')).toBe(true);
}, 240_000);
afterAll(() => t.close());

describe('fictional names in demo data', () => {
  it('the list of invented names holds none of the real ones', () => {
    const invented = [
      ...[...FICTIONAL_EXPORTERS, ...FICTIONAL_INVESTORS].flatMap((b) => [b.name, b.contact, b.email]),
      ...FICTIONAL_BUYERS,
      ...FICTIONAL_FOREIGN_COMPANIES.flatMap((c) => [c.vi, c.en]),
      ...Object.values(FICTIONAL_VIETNAMESE_SELLERS).flat(),
    ];
    expect(invented.flatMap((name) => realNamesIn(name).map((real) => `${name} ~ ${real}`))).toEqual([]);
  });

  it('no record flagged as demo names a real corporation or person', async () => {
    const rows = ((await t.db.execute(DEMO_RECORDS)) as unknown as { rows: { entity: string; body: string }[] }).rows;
    const entities = new Set(rows.map((r) => r.entity));
    for (const entity of ['engagement', 'agreement', 'commitment', 'task', 'activity', 'outcome', 'support_request', 'partner', 'user']) expect(entities, entity).toContain(entity);
    const hits = rows.flatMap((row) => realNamesIn(row.body).map((name) => `${row.entity}: ${name} in ${row.body.slice(0, 160)}`));
    expect(hits.slice(0, 10)).toEqual([]);
  });

  it('the scan finds a real name when one is there', () => {
    expect(realNamesIn('{"business_name": "Công ty CP Vinamilk", "contact": "x"}')).toEqual(['Vinamilk']);
    expect(realNamesIn('Busan Metropolitan City, Intelligence, Apples')).toEqual([]);
  });
});
