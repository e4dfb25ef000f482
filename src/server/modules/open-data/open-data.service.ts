import type { AgreementField } from '../../../shared/schemas/agreements.js';
import type { AgreementStatistic, Dataset, DatasetId, PublicAgreement } from '../../../shared/schemas/open-data.js';
import type { Db } from '../../db/client.js';
import { toCsv } from '../../lib/csv.js';
import { toIso } from '../../lib/dates.js';
import { agreementsRepo } from '../agreements/agreements.repo.js';
import { countryName } from '../countries/countries.service.js';
import { unitRefs } from '../engagements/engagements.refs.js';

const PAGE_SIZE = 1_000;
export const OPEN_DATA_LICENCE = 'CC-BY-4.0';
const ALL = { all: true } as const;

const DATASETS: Record<DatasetId, Pick<Dataset, 'title' | 'description'>> = {
  agreements: {
    title: { vi: 'Các thỏa thuận hợp tác đã công bố', en: 'Published cooperation agreements' },
    description: {
      vi: 'Tên, các bên, ngày ký và lĩnh vực của các thỏa thuận hợp tác quốc tế mà Bộ Ngoại giao đã công bố.',
      en: 'Title, parties, date of signing and fields of the international cooperation agreements published by the Ministry of Foreign Affairs.',
    },
  },
  'agreement-statistics': {
    title: { vi: 'Thống kê thỏa thuận theo năm, quốc gia và lĩnh vực', en: 'Agreements by year, country and field' },
    description: {
      vi: 'Số thỏa thuận đã công bố theo năm ký, quốc gia của bên nước ngoài và lĩnh vực; một thỏa thuận được tính ở mỗi quốc gia và lĩnh vực của nó.',
      en: 'Published agreements counted by year of signing, country of the foreign party and field; an agreement counts once in each of its countries and fields.',
    },
  },
};

const downloadsOf = (id: DatasetId) => ({ csv: `/api/v1/public/datasets/${id}.csv`, json: `/api/v1/public/datasets/${id}.json` });

/** Every published agreement, newest first, with only the facts the open-data page shows. */
async function publishedAgreements(db: Db): Promise<PublicAgreement[]> {
  const result: PublicAgreement[] = [];
  for (let page = 1; ; page += 1) {
    const { rows, total } = await agreementsRepo.list(db, { scope: ALL, published: true, page, pageSize: PAGE_SIZE, sort: '-signedDate' });
    const parties = await agreementsRepo.partiesOf(db, rows.map((row) => row.agreement.id));
    const units = await unitRefs(db, parties.flatMap((party) => (party.unitId ? [party.unitId] : [])));
    for (const { agreement } of rows) {
      const own = parties.filter((party) => party.agreementId === agreement.id);
      result.push({
        id: agreement.id,
        title: { vi: agreement.titleVi, en: agreement.titleEn },
        kind: agreement.kind as PublicAgreement['kind'],
        signedDate: agreement.signedDate,
        signedPlace: agreement.signedPlace,
        fields: agreement.fields as AgreementField[],
        vietnameseParties: own.flatMap((party) => (party.unitId && units.get(party.unitId) ? [units.get(party.unitId)!.name] : [])),
        foreignParties: own.flatMap((party) => (party.partner ? [{ name: { vi: party.partner.nameVi, en: party.partner.nameEn }, countryCode: party.partner.countryCode }] : [])),
        publishedAt: toIso(agreement.publishedAt)!,
      });
    }
    if (rows.length < PAGE_SIZE || result.length >= total) return result;
  }
}

/** Counts per (year, country, field): an agreement counts once in each of its countries and each of its fields. */
export function agreementStatistics(items: PublicAgreement[]): AgreementStatistic[] {
  const counts = new Map<string, AgreementStatistic>();
  for (const item of items) {
    if (!item.signedDate) continue;
    const year = Number(item.signedDate.slice(0, 4));
    const countries = [...new Set(item.foreignParties.map((party) => party.countryCode))];
    const fields: (AgreementField | null)[] = item.fields.length > 0 ? item.fields : [null];
    for (const countryCode of countries.length > 0 ? countries : [null]) {
      for (const field of fields) {
        const key = `${year}|${countryCode}|${field}`;
        const bucket = counts.get(key) ?? { year, countryCode, country: countryCode ? countryName(countryCode) : null, field, agreements: 0 };
        bucket.agreements += 1;
        counts.set(key, bucket);
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.year - a.year || (a.countryCode ?? '~').localeCompare(b.countryCode ?? '~') || (a.field ?? '~').localeCompare(b.field ?? '~'));
}

const latest = (items: PublicAgreement[]) => items.reduce<string | null>((max, item) => (max === null || item.publishedAt > max ? item.publishedAt : max), null);

/** The public open-data page: published records only, with no sign-in. */
export function openDataService(db: Db) {
  const dataset = (id: DatasetId, records: number, items: PublicAgreement[]): Dataset => ({
    id,
    ...DATASETS[id],
    downloads: downloadsOf(id),
    records,
    updatedAt: latest(items),
    licence: OPEN_DATA_LICENCE,
  });

  return {
    catalogue: async () => {
      const agreements = await publishedAgreements(db);
      return { items: [dataset('agreements', agreements.length, agreements), dataset('agreement-statistics', agreementStatistics(agreements).length, agreements)] };
    },

    agreements: async () => {
      const items = await publishedAgreements(db);
      return { dataset: dataset('agreements', items.length, items), items };
    },

    statistics: async () => {
      const agreements = await publishedAgreements(db);
      const items = agreementStatistics(agreements);
      return { dataset: dataset('agreement-statistics', items.length, agreements), items };
    },
  };
}

const list = (values: (string | null)[]) => values.filter(Boolean).join('; ');

export const agreementsCsv = (items: PublicAgreement[]) =>
  toCsv(
    ['id', 'title_vi', 'title_en', 'kind', 'signed_date', 'signed_place', 'fields', 'vietnamese_parties_vi', 'vietnamese_parties_en', 'foreign_parties_vi', 'foreign_parties_en', 'foreign_countries', 'published_at'],
    items.map((item) => [
      item.id,
      item.title.vi,
      item.title.en,
      item.kind,
      item.signedDate,
      item.signedPlace,
      list(item.fields),
      list(item.vietnameseParties.map((party) => party.vi)),
      list(item.vietnameseParties.map((party) => party.en)),
      list(item.foreignParties.map((party) => party.name.vi)),
      list(item.foreignParties.map((party) => party.name.en)),
      list([...new Set(item.foreignParties.map((party) => party.countryCode))]),
      item.publishedAt,
    ]),
  );

export const statisticsCsv = (items: AgreementStatistic[]) =>
  toCsv(
    ['year', 'country_code', 'country_vi', 'country_en', 'field', 'agreements'],
    items.map((item) => [item.year, item.countryCode, item.country?.vi ?? null, item.country?.en ?? null, item.field, item.agreements]),
  );
