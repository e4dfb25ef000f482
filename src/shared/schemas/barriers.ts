import { z } from 'zod';
import { CurrencyCode, DecimalAmount } from './agreements.js';
import { IsoDate, ListQuery, listOf, Uuid, Version } from './common.js';
import { HsCode, unique } from './market-notes.js';
import { CountryCode } from './partners.js';
import { UnitRef } from './periods.js';
import { Region } from './regions.js';
import { Sector } from './sectors.js';

/** The kind of measure: sanitary and phytosanitary, technical barriers to trade, tariffs, the EU's IUU card, trade remedies. */
export const MEASURE_TYPES = ['sps', 'tbt', 'tariff', 'iuu_yellow_card', 'trade_remedy', 'other'] as const;
export const MeasureType = z.enum(MEASURE_TYPES);
export type MeasureType = z.infer<typeof MeasureType>;

export const BARRIER_PRIORITIES = ['high', 'medium', 'low'] as const;
export const BarrierPriority = z.enum(BARRIER_PRIORITIES);

export const BARRIER_STATUSES = ['open', 'partly_resolved', 'resolved'] as const;
export const BarrierStatus = z.enum(BARRIER_STATUSES);
export type BarrierStatus = z.infer<typeof BarrierStatus>;

/** The statuses a barrier may move to from each status; a resolved barrier reopens when the measure returns. */
export const BARRIER_TRANSITIONS: Record<BarrierStatus, readonly BarrierStatus[]> = {
  open: ['partly_resolved', 'resolved'],
  partly_resolved: ['open', 'resolved'],
  resolved: ['open'],
};

const text = (max: number) => z.string().trim().min(1).max(max);

/** A step of the action plan; it may name the commitment or task that carries it. */
export const BarrierMilestoneInput = z.object({
  title: text(500),
  dueDate: IsoDate.nullable().optional(),
  doneOn: IsoDate.nullable().optional(),
  commitmentId: Uuid.nullable().optional(),
  taskId: Uuid.nullable().optional(),
});
export type BarrierMilestoneInput = z.infer<typeof BarrierMilestoneInput>;

const barrierFields = {
  title: text(300),
  description: text(20_000),
  countryCode: CountryCode,
  sectors: unique(Sector, 10),
  hsCodes: unique(HsCode, 30),
  measureType: MeasureType,
  /** Exports or investment at stake, a decimal in the currency given. */
  valueAtStake: DecimalAmount.nullable().optional(),
  currency: CurrencyCode.nullable().optional(),
  priority: BarrierPriority,
  /** Provinces whose producers are affected. */
  provinceUnitIds: unique(Uuid, 50),
  /** Companies affected (partners of a company kind). */
  businessIds: unique(Uuid, 100),
  milestones: z.array(BarrierMilestoneInput).max(50),
  source: z.string().trim().max(1_000).nullable().optional(),
};

const valueWithCurrency = { message: 'Give both the value at stake and its currency, or neither', path: ['currency'] };
const bothOrNeither = (b: { valueAtStake?: string | null; currency?: string | null }) =>
  (b.valueAtStake === undefined && b.currency === undefined) || (b.valueAtStake == null) === (b.currency == null);

export const BarrierInput = z
  .object({
    ...barrierFields,
    sectors: barrierFields.sectors.default([]),
    hsCodes: barrierFields.hsCodes.default([]),
    priority: barrierFields.priority.default('medium'),
    provinceUnitIds: barrierFields.provinceUnitIds.default([]),
    businessIds: barrierFields.businessIds.default([]),
    milestones: barrierFields.milestones.default([]),
    /** The unit following it; the actor's own unit by default (HQ may record one for a mission). */
    unitId: Uuid.optional(),
    /** The day it was first met; today by default. */
    since: IsoDate.optional(),
  })
  .refine(bothOrNeither, valueWithCurrency);
export type BarrierInput = z.infer<typeof BarrierInput>;

/** A partial edit; a list sent replaces the list. The status moves only through a status change. */
export const BarrierUpdate = z
  .object(barrierFields)
  .partial()
  .extend({ version: Version })
  .refine(bothOrNeither, valueWithCurrency);
export type BarrierUpdate = z.infer<typeof BarrierUpdate>;

export const BarrierStatusChangeInput = z.object({
  status: BarrierStatus,
  /** The day the new status took effect (not before the last change, not after today). */
  effectiveDate: IsoDate,
  note: text(5_000),
  version: Version,
});
export type BarrierStatusChangeInput = z.infer<typeof BarrierStatusChangeInput>;

export const BarrierStatusChange = z.object({
  id: Uuid,
  status: BarrierStatus,
  effectiveDate: IsoDate,
  note: z.string().nullable(),
  by: z.string().nullable(),
  createdAt: z.string(),
});
export type BarrierStatusChange = z.infer<typeof BarrierStatusChange>;

const Linked = z.object({ id: Uuid, title: z.string() }).nullable();

export const BarrierMilestone = z.object({
  id: Uuid,
  title: z.string(),
  dueDate: IsoDate.nullable(),
  doneOn: IsoDate.nullable(),
  commitment: Linked,
  task: Linked,
});
export type BarrierMilestone = z.infer<typeof BarrierMilestone>;

export const BarrierSummary = z.object({
  id: Uuid,
  unit: UnitRef,
  title: z.string(),
  countryCode: z.string(),
  sectors: z.array(Sector),
  hsCodes: z.array(z.string()),
  measureType: MeasureType,
  valueAtStake: z.string().nullable(),
  currency: z.string().nullable(),
  priority: BarrierPriority,
  status: BarrierStatus,
  statusSince: IsoDate,
  demo: z.boolean(),
  version: z.int(),
});
export type BarrierSummary = z.infer<typeof BarrierSummary>;

export const Barrier = BarrierSummary.extend({
  description: z.string(),
  source: z.string().nullable(),
  provinces: z.array(UnitRef),
  businesses: z.array(z.object({ id: Uuid, name: z.object({ vi: z.string(), en: z.string() }) })),
  milestones: z.array(BarrierMilestone),
  history: z.array(BarrierStatusChange),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), changeStatus: z.boolean() }),
});
export type Barrier = z.infer<typeof Barrier>;

export const BarrierListQuery = ListQuery.extend({
  countryCode: CountryCode.optional(),
  region: Region.optional().describe('On a country of this MOFA region'),
  sector: Sector.optional(),
  status: BarrierStatus.optional(),
  measureType: MeasureType.optional(),
  priority: BarrierPriority.optional(),
  unitId: Uuid.optional(),
});
export type BarrierListQuery = z.infer<typeof BarrierListQuery>;
export const BarrierList = listOf(BarrierSummary);
