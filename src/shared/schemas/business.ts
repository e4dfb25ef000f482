import { z } from 'zod';
import { IsoDate, ListQuery, listOf, Uuid, Version } from './common.js';
import { ConfirmationStatus, OutcomeKind } from './outcomes.js';
import { PartnerInput } from './partners.js';

/** An outcome attributed to the business user's company, with the answer it gave (or is asked to give). */
export const BusinessOutcome = z.object({
  id: Uuid,
  activity: z.object({ title: z.string(), startDate: IsoDate, endDate: IsoDate, countryCode: z.string().nullable() }),
  /** The mission or province that reported it. */
  unit: z.object({ id: Uuid, name: z.object({ vi: z.string(), en: z.string() }) }),
  kind: OutcomeKind,
  value: z.string().nullable(),
  currency: z.string().nullable(),
  quantity: z.int().nullable(),
  product: z.string().nullable(),
  confirmationStatus: ConfirmationStatus,
  confirmedValue: z.string().nullable(),
  confirmedQuantity: z.int().nullable(),
  confirmationNote: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  /** A confirmation link was sent and still waits for the answer. */
  confirmationPending: z.boolean(),
});
export type BusinessOutcome = z.infer<typeof BusinessOutcome>;

export const BusinessOutcomeListQuery = ListQuery.omit({ q: true }).extend({
  confirmationStatus: ConfirmationStatus.optional(),
  /** Only those whose confirmation link waits for an answer. */
  pending: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type BusinessOutcomeListQuery = z.infer<typeof BusinessOutcomeListQuery>;
export const BusinessOutcomeList = listOf(BusinessOutcome);

/** What a business user may change in its company's profile; names and identity stay with HQ. */
export const CompanyProfileUpdate = PartnerInput.pick({ shortName: true, website: true, notes: true }).extend({ version: Version }).strict();
export type CompanyProfileUpdate = z.infer<typeof CompanyProfileUpdate>;
