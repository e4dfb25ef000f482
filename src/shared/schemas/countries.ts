import { z } from 'zod';
import { DrillDown } from './agreements.js';
import { IsoDate, LocalizedName, Uuid } from './common.js';
import { OrgUnitSummary } from './org-units.js';
import { OutcomeKind } from './outcomes.js';
import { Fta, Partnership, PartnershipChange, PartnershipLevel } from './partners.js';
import { Region } from './regions.js';

/** The period of a country's figures, [from, to); both default to the current year in Viet Nam's calendar. */
export const CountryViewQuery = z
  .object({
    from: IsoDate.optional().describe('Start of the period (inclusive); default 1 January of this year'),
    to: IsoDate.optional().describe('End of the period (exclusive); default 1 January of next year'),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: 'from must be before to', path: ['to'] });
export type CountryViewQuery = z.infer<typeof CountryViewQuery>;

/** The lists a figure drills down to: GET /api/v1/<list> with the figure's filter answers its count as `total`. */
export const COUNTRY_LISTS = ['engagements', 'agreements', 'commitments', 'activities', 'outcomes', 'market-notes', 'barriers'] as const;
export const CountryList = z.enum(COUNTRY_LISTS);
export type CountryList = z.infer<typeof CountryList>;

/** A count and the list query parameters that list exactly the records counted. */
export const CountryFigure = z.object({ list: CountryList, count: z.int(), filter: DrillDown });
export type CountryFigure = z.infer<typeof CountryFigure>;

export const COUNTRY_FIGURES = ['engagements', 'agreementsSigned', 'commitmentsOpen', 'commitmentsOverdue', 'activities', 'outcomes', 'outcomesConfirmed', 'marketNotes', 'barriersOpen'] as const;
export type CountryFigureKey = (typeof COUNTRY_FIGURES)[number];

/** A money outcome kind's USD total: every counted outcome, and those the businesses confirmed or corrected. */
export const CountryOutcomeValue = z.object({
  kind: OutcomeKind,
  currency: z.literal('USD'),
  all: CountryFigure.extend({ value: z.string().describe('Exact decimal sum') }),
  confirmed: CountryFigure.extend({ value: z.string().describe('Exact decimal sum') }),
});
export type CountryOutcomeValue = z.infer<typeof CountryOutcomeValue>;

/** One of the first records of a list, with its web page. */
/** `path` is null where the web app has no page for the record yet (market notes). */
export const CountryRecentItem = z.object({ id: Uuid, title: LocalizedName, date: IsoDate.nullable(), path: z.string().nullable() });
export type CountryRecentItem = z.infer<typeof CountryRecentItem>;

export const CountryFigures = z.object(Object.fromEntries(COUNTRY_FIGURES.map((key) => [key, CountryFigure])) as Record<CountryFigureKey, typeof CountryFigure>);

const RecentItems = z.object({
  engagements: z.array(CountryRecentItem),
  agreements: z.array(CountryRecentItem),
  commitments: z.array(CountryRecentItem),
  activities: z.array(CountryRecentItem),
  outcomes: z.array(CountryRecentItem),
  marketNotes: z.array(CountryRecentItem),
});

export const CountryMission = OrgUnitSummary.pick({ id: true, code: true, kind: true, name: true, city: true });

export const CountryView = z.object({
  code: z.string(),
  name: LocalizedName,
  region: Region.nullable(),
  /** The country as a partner record, for its partner page. */
  partnerId: Uuid.nullable(),
  partnership: Partnership.nullable(),
  /** Dated partnership changes, oldest first. */
  partnershipHistory: z.array(PartnershipChange),
  /** FTAs covering the country, with their status (in force, signed, negotiating). */
  ftas: z.array(Fta),
  /** Viet Nam's missions in the country (units of type mission with its country code, valid today). */
  missions: z.array(CountryMission),
  period: z.object({ from: IsoDate, to: IsoDate }),
  /**
   * Counts in the period, as the signed-in user may read them. Commitments are counted as they stand today, market
   * notes whatever their date.
   */
  figures: CountryFigures,
  /** Export contracts and investment in the period, in USD (outcomes in other currencies are not converted). */
  outcomeValues: z.array(CountryOutcomeValue),
  /** The first five records each list shows with the figure's filter (most recent first; commitments by due date). */
  recent: RecentItems,
});
export type CountryView = z.infer<typeof CountryView>;

/** A MOFA region: the country figures with the region's filter, and each country's figures with its own. */
export const RegionView = z.object({
  region: Region,
  period: z.object({ from: IsoDate, to: IsoDate }),
  /** Over the region's countries; a record concerning two of them counts once, so these may be less than the column sums. */
  figures: CountryFigures,
  outcomeValues: z.array(CountryOutcomeValue),
  recent: RecentItems,
  countries: z.array(z.object({ code: z.string(), name: LocalizedName, partnershipLevel: PartnershipLevel.nullable(), figures: CountryFigures })),
});
export type RegionView = z.infer<typeof RegionView>;
