import { z } from 'zod';
import { AgreementField } from './agreements.js';
import { CountryCode } from './partners.js';
import { Region } from './regions.js';
import { UnitView } from './org-units.js';
import { IsoDate, ListQuery, listOf, LocalizedName, QueryFlag, Uuid } from './common.js';
import { DeadlineWarning } from './deadlines.js';
import { UnitRef } from './engagements.js';
import { Locale } from './users.js';

export const COMMITMENT_STATUSES = ['open', 'fulfilled', 'partially_fulfilled', 'not_pursued'] as const;
export const CommitmentStatus = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

/** Statuses after which a commitment's due date no longer matters. */
export const SETTLED_COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['fulfilled', 'not_pursued'];

/** A small reference to the agreement, engagement or source document a commitment comes from. */
export const SourceRef = z.object({ id: Uuid, title: LocalizedName });
export type SourceRef = z.infer<typeof SourceRef>;

export const Commitment = z.object({
  id: Uuid,
  title: z.string(),
  sourceQuote: z.string().nullable(),
  agreementId: Uuid.nullable(),
  engagementId: Uuid.nullable(),
  sourceDocumentId: Uuid.nullable(),
  agreement: SourceRef.nullable(),
  engagement: SourceRef.nullable(),
  sourceDocument: SourceRef.nullable(),
  ownerUnit: UnitRef,
  coOwnerUnits: z.array(UnitRef),
  dueDate: IsoDate.nullable(),
  /** The expiry date of the agreement it comes from, which its due date should not pass. */
  agreementExpiryDate: IsoDate.nullable(),
  /** The due date falls after the agreement's expiry: shown to people, never refused. */
  deadlineWarnings: z.array(DeadlineWarning),
  indicatorCode: z.string().nullable(),
  fields: z.array(z.string()),
  status: CommitmentStatus,
  overdue: z.boolean(),
  /** Top-level tasks delivering the commitment, and how many of them are completed. */
  progress: z.object({ tasks: z.int(), completed: z.int() }),
  /** No task delivers it yet: nobody has been assigned to it. */
  unassigned: z.boolean(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the actor may do with this commitment, by the rule the server enforces. */
  abilities: z.object({ update: z.boolean() }),
});
export type Commitment = z.infer<typeof Commitment>;

const commitmentFields = {
  title: z.string().trim().min(1).max(500),
  sourceQuote: z.string().trim().max(5000).nullable().optional(),
  agreementId: Uuid.nullable().optional(),
  engagementId: Uuid.nullable().optional(),
  sourceDocumentId: Uuid.nullable().optional().describe('The conclusions, directive or resolution that gave it'),
  ownerUnitId: Uuid,
  coOwnerUnitIds: z.array(Uuid).max(50).default([]),
  dueDate: IsoDate.nullable().optional(),
  indicatorCode: z.string().trim().min(1).max(60).nullable().optional(),
  fields: z.array(AgreementField).max(30).default([]),
};

const hasSource = (c: { agreementId?: string | null; engagementId?: string | null; sourceDocumentId?: string | null }) =>
  Boolean(c.agreementId || c.engagementId || c.sourceDocumentId);
export const SOURCE_REQUIRED_MESSAGE = 'A commitment comes from an agreement, an engagement or a source document: give at least one';
const sourceRequired = { message: SOURCE_REQUIRED_MESSAGE, path: ['agreementId'] };

export const CommitmentInput = z.object(commitmentFields).refine(hasSource, sourceRequired);
export type CommitmentInput = z.infer<typeof CommitmentInput>;

/** The status is derived from the tasks, so it is not editable here. */
export const CommitmentUpdate = z.object(commitmentFields).partial().extend({ version: z.int().min(1) });
export type CommitmentUpdate = z.infer<typeof CommitmentUpdate>;

export const CommitmentBulkInput = z.object({ items: z.array(CommitmentInput).min(1).max(100) });
export type CommitmentBulkInput = z.infer<typeof CommitmentBulkInput>;

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const CommitmentListQuery = ListQuery.extend({
  agreementId: Uuid.optional(),
  engagementId: Uuid.optional(),
  sourceDocumentId: Uuid.optional(),
  unitId: Uuid.optional().describe('Owner or co-owner unit; in the mapped view also the units it succeeded'),
  countryCode: CountryCode.optional().describe('From an engagement with this country, or an agreement with a party of it'),
  region: Region.optional().describe('From an engagement with, or an agreement with a party of, a country of this MOFA region'),
  status: CommitmentStatus.optional(),
  overdue: booleanFlag.optional().describe('Past the due date and neither fulfilled nor dropped'),
  dueFrom: IsoDate.optional(),
  dueTo: IsoDate.optional(),
  excludeDemo: QueryFlag.optional().describe('true: leave out commitments invented for the demonstration (the total counts without them too)'),
  view: UnitView,
});
export type CommitmentListQuery = z.infer<typeof CommitmentListQuery>;

export const CommitmentList = listOf(Commitment);

export const SplitInput = z.object({
  text: z.string().trim().min(1).max(50_000),
  locale: Locale.default('vi'),
  referenceDate: IsoDate.optional().describe('Start of relative deadlines such as "within 6 months" (default today)'),
  agreementId: Uuid.optional().describe("The agreement the text comes from: candidates due after its expiry carry a warning"),
});
export type SplitInput = z.infer<typeof SplitInput>;

export const SPLIT_SIGNALS = ['deadline', 'obligation'] as const;

export const SplitCandidate = z.object({
  /** The sentence or bullet as written, for the commitment's source quote. */
  text: z.string(),
  /** A suggested title: the text without list markers, shortened when long. */
  title: z.string(),
  dueDate: IsoDate.nullable(),
  /** The words the due date was read from, for the reviewer to check. */
  dueText: z.string().nullable(),
  signals: z.array(z.enum(SPLIT_SIGNALS)),
  /** Who the directive gives it to, as written ("Vietnamese Ambassadors and Heads of Missions Abroad"); null when not said. */
  assignee: z.string().nullable(),
  /** The countries it names (ISO 3166-1 alpha-2, Viet Nam left out), for choosing the mission that follows it up. */
  countryCodes: z.array(z.string()),
  /**
   * The unit the text points at, when it maps to exactly one unit valid today that the caller may record a commitment
   * for: a unit named in the assignee ("Bộ Ngoại giao"), or the embassy in the one country a task to missions names.
   */
  suggestedOwnerUnit: UnitRef.nullable(),
  deadlineWarnings: z.array(DeadlineWarning),
});
export type SplitCandidate = z.infer<typeof SplitCandidate>;

export const SplitResult = z.object({ candidates: z.array(SplitCandidate) });
export type SplitResult = z.infer<typeof SplitResult>;
