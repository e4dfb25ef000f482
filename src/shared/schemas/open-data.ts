import { z } from 'zod';
import { AgreementField, AgreementKind } from './agreements.js';
import { IsoDate, LocalizedName, Uuid } from './common.js';

export const DATASET_IDS = ['agreements', 'agreement-statistics'] as const;
export const DatasetId = z.enum(DATASET_IDS);
export type DatasetId = z.infer<typeof DatasetId>;

export const Dataset = z.object({
  id: DatasetId,
  title: LocalizedName,
  description: LocalizedName,
  /** Stable addresses of the downloads, by format. */
  downloads: z.object({ csv: z.string(), json: z.string() }),
  records: z.int(),
  /** The latest publication behind the data set; null while nothing is published. */
  updatedAt: z.string().nullable(),
  licence: z.string(),
});
export type Dataset = z.infer<typeof Dataset>;
export const DatasetCatalogue = z.object({ items: z.array(Dataset) });

/** What the public sees of a published agreement: nothing else leaves the system. */
export const PublicAgreement = z.object({
  id: Uuid,
  title: LocalizedName,
  kind: AgreementKind,
  signedDate: IsoDate.nullable(),
  signedPlace: z.string().nullable(),
  fields: z.array(AgreementField),
  vietnameseParties: z.array(LocalizedName),
  foreignParties: z.array(z.object({ name: LocalizedName, countryCode: z.string().nullable() })),
  publishedAt: z.string(),
});
export type PublicAgreement = z.infer<typeof PublicAgreement>;
export const PublicAgreements = z.object({ dataset: Dataset, items: z.array(PublicAgreement) });

/** Published agreements counted by year of signing, country of a foreign party and field. */
export const AgreementStatistic = z.object({
  year: z.int(),
  countryCode: z.string().nullable(),
  country: LocalizedName.nullable(),
  field: AgreementField.nullable(),
  agreements: z.int(),
});
export type AgreementStatistic = z.infer<typeof AgreementStatistic>;
export const AgreementStatistics = z.object({ dataset: Dataset, items: z.array(AgreementStatistic) });
