import { SYSTEM_ACTOR } from '../auth/actor.js';
import type { Tx } from '../db/client.js';
import { auditRepo } from '../modules/audit/audit.repo.js';
import { countryName, isCountryCode } from '../modules/countries/countries.service.js';
import { partnersRepo } from '../modules/partners/partners.repo.js';
import { partnershipsRepo } from '../modules/partnerships/partnerships.repo.js';
import { regionsRepo } from '../modules/regions/regions.repo.js';
import { Region } from '../../shared/schemas/regions.js';
import type { DatePrecision } from '../../shared/schemas/partners.js';
import { readReferenceCsv } from './reference-data.js';

const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];
const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

const INTERNATIONAL_ORGS = [
  { code: 'WTO', vi: 'Tổ chức Thương mại Thế giới', en: 'World Trade Organization' },
  { code: 'ASEAN', vi: 'Hiệp hội các quốc gia Đông Nam Á', en: 'Association of Southeast Asian Nations' },
  { code: 'EU', vi: 'Liên minh châu Âu', en: 'European Union' },
  { code: 'UN', vi: 'Liên hợp quốc', en: 'United Nations' },
  { code: 'APEC', vi: 'Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương', en: 'Asia-Pacific Economic Cooperation' },
  { code: 'WEF', vi: 'Diễn đàn Kinh tế Thế giới', en: 'World Economic Forum' },
  { code: 'OECD', vi: 'Tổ chức Hợp tác và Phát triển Kinh tế', en: 'Organisation for Economic Co-operation and Development' },
  { code: 'WB', vi: 'Ngân hàng Thế giới', en: 'World Bank' },
  { code: 'IMF', vi: 'Quỹ Tiền tệ Quốc tế', en: 'International Monetary Fund' },
  { code: 'ADB', vi: 'Ngân hàng Phát triển châu Á', en: 'Asian Development Bank' },
];

/** Country codes an FTA's partner text names: explicit ISO codes, with ASEAN and the EU expanded; Viet Nam left out. */
export function ftaCountryCodes(partners: string): string[] {
  const codes = new Set<string>();
  if (/\bASEAN\b/.test(partners)) ASEAN.forEach((code) => codes.add(code));
  if (/\bEU\b/.test(partners)) EU.forEach((code) => codes.add(code));
  for (const [code] of partners.matchAll(/\b[A-Z]{2}\b/g)) if (code !== 'EU' && isCountryCode(code)) codes.add(code);
  codes.delete('VN');
  return [...codes].sort();
}

/** A date as the sources give it (2008, 2008-05, 2008-05-27) as its first day and its precision. */
export function fromReducedDate(value: string): { date: string; datePrecision: DatePrecision } {
  if (/^\d{4}$/.test(value)) return { date: `${value}-01-01`, datePrecision: 'year' };
  if (/^\d{4}-\d{2}$/.test(value)) return { date: `${value}-01`, datePrecision: 'month' };
  return { date: value, datePrecision: 'day' };
}

/**
 * Loads the partnership history, MOFA regions and FTAs from data/reference, the international organisations, and a country partner for
 * every country with a partnership, an FTA or a Vietnamese mission. Idempotent: existing rows are kept.
 */
export async function loadPartnerReference(tx: Tx): Promise<{ created: number }> {
  let created = 0;
  const countries = new Set<string>();

  for (const row of readReferenceCsv('vn_partnership_history.csv')) {
    countries.add(row.country_iso2!);
    const { date, datePrecision } = fromReducedDate(row.date!);
    created += await partnershipsRepo.insertIfMissing(tx, {
      countryCode: row.country_iso2!,
      fromLevel: row.from_level || null,
      toLevel: row.to_level!,
      date,
      datePrecision,
      sourceUrl: row.source_url || null,
      source: row.source || null,
    });
  }

  created += await regionsRepo.insertIfMissing(
    tx,
    readReferenceCsv('country_regions.csv').map((row) => ({ countryCode: row.country_iso2!, region: Region.parse(row.region) })),
  );

  for (const row of readReferenceCsv('vn_ftas.csv')) {
    const fta = await partnersRepo.ensureFta(tx, {
      shortName: row.short_name!,
      name: row.name!,
      type: row.type!,
      partners: row.partners!,
      status: row.status!,
      signedDate: row.signed_date || null,
      inForceDate: row.in_force_date || null,
      source: row.source || null,
    });
    const codes = ftaCountryCodes(row.partners!);
    codes.forEach((code) => countries.add(code));
    await partnersRepo.insertFtaCountries(tx, fta.id, codes);
  }

  for (const row of readReferenceCsv('vn_missions.csv')) countries.add(row.country_iso2!);

  for (const code of [...countries].sort()) {
    const name = countryName(code);
    if (!name) continue;
    created += await partnersRepo.insertIfMissing(tx, { kind: 'country', code, nameVi: name.vi, nameEn: name.en, countryCode: code });
  }
  for (const org of INTERNATIONAL_ORGS) {
    created += await partnersRepo.insertIfMissing(tx, { kind: 'international_org', code: org.code, nameVi: org.vi, nameEn: org.en, shortName: org.code });
  }
  if (created > 0) {
    await auditRepo.insert(tx, { actor: SYSTEM_ACTOR, action: 'reference.loaded', entity: 'reference', entityId: 'partners', after: { created } });
  }
  return { created };
}
