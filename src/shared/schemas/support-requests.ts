import { z } from 'zod';
import { IsoDate, ListQuery, listOf, Uuid, Version } from './common.js';
import { CountryCode } from './partners.js';
import { UnitRef } from './periods.js';
import { UnitView } from './org-units.js';

export const SUPPORT_REQUEST_STATUSES = ['open', 'accepted', 'declined', 'answered', 'closed'] as const;
export const SupportRequestStatus = z.enum(SUPPORT_REQUEST_STATUSES);
export type SupportRequestStatus = z.infer<typeof SupportRequestStatus>;

const text = (max: number) => z.string().trim().min(1).max(max);

const datesInOrder = (r: { neededFrom?: string | null; neededTo?: string | null }) => !r.neededFrom || !r.neededTo || r.neededFrom <= r.neededTo;
const datesMessage = { message: 'The end of the needed dates is before their start', path: ['neededTo'] };

const requestFields = {
  title: text(300),
  description: text(10_000),
  /** Where the support is needed; defaults to the target mission's country. */
  countryCode: CountryCode.nullable().optional(),
  neededFrom: IsoDate.nullable().optional(),
  neededTo: IsoDate.nullable().optional(),
};

export const SupportRequestInput = z
  .object({
    ...requestFields,
    /** A current mission abroad. */
    targetUnitId: Uuid,
    /** The asking unit; the actor's unit by default (HQ may ask on a unit's behalf). A business user asks for their company. */
    requestingUnitId: Uuid.optional(),
  })
  .refine(datesInOrder, datesMessage);
export type SupportRequestInput = z.infer<typeof SupportRequestInput>;

export const SupportRequestUpdate = z
  .object(requestFields)
  .partial()
  .extend({ version: Version })
  .refine(datesInOrder, datesMessage);
export type SupportRequestUpdate = z.infer<typeof SupportRequestUpdate>;

/** The mission accepts (optionally with a note), declines (with a reason) or answers (with the answer). */
export const SupportRequestDecision = z.object({ answer: z.string().trim().max(10_000).optional(), version: Version });
export const SupportRequestAnswer = z.object({ answer: text(10_000), version: Version });
export const SupportRequestClose = z.object({ version: Version });

export const RequestingBusiness = z.object({ id: Uuid, name: z.object({ vi: z.string(), en: z.string() }) });

export const SupportRequest = z.object({
  id: Uuid,
  /** Who asks: a unit (a province, HQ on a unit's behalf) or, when a business user asked, their company. */
  requestingUnit: UnitRef.nullable(),
  requestingBusiness: RequestingBusiness.nullable(),
  targetUnit: UnitRef,
  title: z.string(),
  description: z.string(),
  countryCode: z.string().nullable(),
  neededFrom: IsoDate.nullable(),
  neededTo: IsoDate.nullable(),
  status: SupportRequestStatus,
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.int(),
  /** What the actor may do now, by the rules the server enforces: the requester edits (while open) and closes; the target mission accepts, declines and answers. */
  abilities: z.object({ update: z.boolean(), accept: z.boolean(), decline: z.boolean(), answer: z.boolean(), close: z.boolean() }),
});
export type SupportRequest = z.infer<typeof SupportRequest>;

export const LinkedActivity = z.object({ id: Uuid, unitId: Uuid, type: z.string(), title: z.string(), startDate: IsoDate, endDate: IsoDate });

export const SupportRequestDetail = SupportRequest.extend({
  /** Activities that answered this request (activities.supportRequestId). */
  activities: z.array(LinkedActivity),
});
export type SupportRequestDetail = z.infer<typeof SupportRequestDetail>;

export const SupportRequestListQuery = ListQuery.extend({
  status: SupportRequestStatus.optional(),
  /** sent: asked by the actor's unit; received: addressed to it. */
  direction: z.enum(['sent', 'received']).optional(),
  targetUnitId: Uuid.optional(),
  requestingUnitId: Uuid.optional(),
  view: UnitView.describe('mapped: targetUnitId and requestingUnitId also select the units they succeeded'),
});
export type SupportRequestListQuery = z.infer<typeof SupportRequestListQuery>;
export const SupportRequestList = listOf(SupportRequest);
