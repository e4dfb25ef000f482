import type { z } from 'zod';
import { ActivityListQuery, type Activity } from '../../../shared/schemas/activities.js';
import { AgreementListQuery, type Agreement } from '../../../shared/schemas/agreements.js';
import { BarrierListQuery, type BarrierSummary } from '../../../shared/schemas/barriers.js';
import { CommitmentListQuery, type Commitment } from '../../../shared/schemas/commitments.js';
import type { CountryFigure, CountryFigureKey, CountryList, CountryOutcomeValue, CountryRecentItem, CountryView, CountryViewQuery, RegionView } from '../../../shared/schemas/countries.js';
import type { Region } from '../../../shared/schemas/regions.js';
import { EngagementListQuery, type Engagement } from '../../../shared/schemas/engagements.js';
import { MarketNoteListQuery, type MarketNote } from '../../../shared/schemas/market-notes.js';
import { OrgUnitListQuery } from '../../../shared/schemas/org-units.js';
import { OutcomeFilterQuery, OutcomeListQuery, VALUE_KINDS, type Outcome } from '../../../shared/schemas/outcomes.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import { todayIso } from '../../lib/clock.js';
import { forbidden, invalidField, notFound } from '../../lib/errors.js';
import { activitiesService } from '../activities/activities.service.js';
import { agreementsService } from '../agreements/agreements.service.js';
import { barriersService } from '../barriers/barriers.service.js';
import { commitmentsService } from '../commitments/commitments.service.js';
import { engagementsService } from '../engagements/engagements.service.js';
import { marketNotesService } from '../market-notes/market-notes.service.js';
import { orgUnitsService } from '../org-units/org-units.service.js';
import { outcomesService } from '../outcomes/outcomes.service.js';
import { partnersPolicy as can } from '../partners/partners.policy.js';
import { partnersRepo } from '../partners/partners.repo.js';
import { toFta } from '../partners/partners.service.js';
import { partnershipsRepo } from '../partnerships/partnerships.repo.js';
import { toPartnership, toPartnershipChange } from '../partnerships/partnerships.service.js';
import { regionsRepo } from '../regions/regions.repo.js';
import { countryName } from './countries.service.js';

type Filter = Record<string, string>;
type Listing<T> = (actor: Actor, query: never) => Promise<{ items: T[]; total: number }>;

const RECENT = 5;
const same = (text: string) => ({ vi: text, en: text });

/**
 * One country's figures, each counted by the list it drills down to: the filter is parsed by that list's own query
 * schema and answered by its own service, so a figure is the list's `total` for the same user by construction.
 */
export function countryViewService(db: Db) {
  const lists = {
    engagements: { query: EngagementListQuery, list: engagementsService(db).list as Listing<Engagement> },
    agreements: { query: AgreementListQuery, list: agreementsService(db).list as Listing<Agreement> },
    commitments: { query: CommitmentListQuery, list: commitmentsService(db).list as Listing<Commitment> },
    activities: { query: ActivityListQuery, list: activitiesService(db).list as Listing<Activity> },
    outcomes: { query: OutcomeListQuery, list: outcomesService(db).list as Listing<Outcome> },
    'market-notes': { query: MarketNoteListQuery, list: marketNotesService(db).list as Listing<MarketNote> },
    barriers: { query: BarrierListQuery, list: barriersService(db).list as Listing<BarrierSummary> },
  } satisfies Record<CountryList, { query: z.ZodType; list: Listing<unknown> }>;

  async function listed<T>(actor: Actor, list: CountryList, filter: Filter, pageSize = 1): Promise<{ figure: CountryFigure; items: T[] }> {
    const { query, list: call } = lists[list];
    const parsed = query.parse({ ...filter, pageSize: String(pageSize) });
    const result = await (call as Listing<T>)(actor, parsed as never);
    return { figure: { list, count: result.total, filter }, items: result.items };
  }

  /** The period of a view: [from, to), by default this year in Viet Nam's calendar. Throws `invalid`. */
  function periodOf(query: CountryViewQuery) {
    const year = Number(todayIso().slice(0, 4));
    const from = query.from ?? `${year}-01-01`;
    const to = query.to ?? `${Number(from.slice(0, 4)) + 1}-01-01`;
    if (from >= to) throw invalidField('to', 'from must be before to');
    return { from, to };
  }

  /** The figures of a place (a country or a region filter) in the period, and the first `recent` records of each list. */
  async function measure(actor: Actor, place: Filter, range: { from: string; to: string }, recent: number) {
    const period = { ...place, ...range };
    const [engagements, agreements, commitmentsOpen, commitmentsOverdue, activities, outcomes, outcomesConfirmed, marketNotes, barriersOpen] = await Promise.all([
      listed<Engagement>(actor, 'engagements', period, recent),
      listed<Agreement>(actor, 'agreements', period, recent),
      listed<Commitment>(actor, 'commitments', { ...place, status: 'open' }, recent),
      listed(actor, 'commitments', { ...place, overdue: 'true' }),
      listed<Activity>(actor, 'activities', period, recent),
      listed<Outcome>(actor, 'outcomes', { ...period, counted: 'true' }, recent),
      listed(actor, 'outcomes', { ...period, confirmedOnly: 'true' }),
      listed<MarketNote>(actor, 'market-notes', place, recent),
      // Barriers still open today, whenever they were met: the period does not apply.
      listed(actor, 'barriers', { ...place, status: 'open' }),
    ]);
    const figures: Record<CountryFigureKey, CountryFigure> = {
      engagements: engagements.figure,
      agreementsSigned: agreements.figure,
      commitmentsOpen: commitmentsOpen.figure,
      commitmentsOverdue: commitmentsOverdue.figure,
      activities: activities.figure,
      outcomes: outcomes.figure,
      outcomesConfirmed: outcomesConfirmed.figure,
      marketNotes: marketNotes.figure,
      barriersOpen: barriersOpen.figure,
    };
    const items = { engagements, agreements, commitmentsOpen, activities, outcomes, marketNotes };
    return { figures, items };
  }

  /** Export and investment values in USD of a place in the period, all and confirmed, each with its list filter. */
  async function outcomeValuesOf(actor: Actor, place: Filter, range: { from: string; to: string }): Promise<CountryOutcomeValue[]> {
    const period = { ...place, ...range };
    const totals = outcomesService(db).totals;
    const [allTotals, confirmedTotals] = await Promise.all([
      totals(actor, OutcomeFilterQuery.parse({ ...period, currency: 'USD' })),
      totals(actor, OutcomeFilterQuery.parse({ ...period, currency: 'USD', confirmedOnly: 'true' })),
    ]);
    const valueOf = (items: typeof allTotals.items, kind: string, filter: Filter) => {
      const row = items.find((item) => item.kind === kind && item.currency === 'USD');
      return { list: 'outcomes' as const, count: row?.count ?? 0, value: row?.value ?? '0', filter };
    };
    return VALUE_KINDS.map((kind) => ({
      kind,
      currency: 'USD',
      all: valueOf(allTotals.items, kind, { ...period, kind, currency: 'USD', counted: 'true' }),
      confirmed: valueOf(confirmedTotals.items, kind, { ...period, kind, currency: 'USD', confirmedOnly: 'true' }),
    }));
  }

  const recentOf = ({ engagements, agreements, commitmentsOpen, activities, outcomes, marketNotes }: Awaited<ReturnType<typeof measure>>['items']) => ({
    engagements: engagements.items.map((e): CountryRecentItem => ({ id: e.id, title: e.title, date: e.startDate, path: `/engagements/${e.id}` })),
    agreements: agreements.items.map((a): CountryRecentItem => ({ id: a.id, title: a.title, date: a.signedDate, path: `/agreements/${a.id}` })),
    commitments: commitmentsOpen.items.map((c): CountryRecentItem => ({ id: c.id, title: same(c.title), date: c.dueDate, path: `/commitments/${c.id}` })),
    activities: activities.items.map((a): CountryRecentItem => ({ id: a.id, title: same(a.title), date: a.startDate, path: `/activities/${a.id}` })),
    outcomes: outcomes.items.map((o): CountryRecentItem => ({
      id: o.id,
      title: same([o.product ?? o.counterpart ?? o.businessName, o.activity.title].filter(Boolean).join(' · ')),
      date: o.activity.startDate,
      path: `/activities/${o.activity.id}`,
    })),
    marketNotes: marketNotes.items.map((n): CountryRecentItem => ({ id: n.id, title: same(n.title), date: (n.publishedAt ?? n.createdAt).slice(0, 10), path: null })),
  });

  return {
    /**
     * The 360° view of a country for the actor: reference facts, and counts in [from, to) by the read rules of each
     * list. Throws `forbidden` (businesses), `invalid` (period), `not_found` (no such country).
     */
    get: async (actor: Actor, code: string, query: CountryViewQuery): Promise<CountryView> => {
      if (!can.read(actor)) throw forbidden();
      const name = countryName(code);
      if (!name) throw notFound('Country');
      const range = periodOf(query);
      const country = { countryCode: code };
      const [partner, history, ftas, region, missions, measured, outcomeValues] = await Promise.all([
        partnersRepo.findCountry(db, code),
        partnershipsRepo.list(db, country),
        partnersRepo.ftas(db, code),
        regionsRepo.regionOf(db, code),
        orgUnitsService(db).list(actor, OrgUnitListQuery.parse({ type: 'mission', countryCode: code, pageSize: '100' })),
        measure(actor, country, range, RECENT),
        outcomeValuesOf(actor, country, range),
      ]);

      const current = history.at(-1);
      return {
        code,
        name,
        region,
        partnerId: partner?.id ?? null,
        partnership: current ? toPartnership(current) : null,
        partnershipHistory: history.map(toPartnershipChange),
        ftas: ftas.map(toFta),
        missions: missions.items.map(({ id, code: unitCode, kind, name: unitName, city }) => ({ id, code: unitCode, kind, name: unitName, city })),
        period: range,
        figures: measured.figures,
        outcomeValues,
        recent: recentOf(measured.items),
      };
    },

    /**
     * A MOFA region: the same figures over its countries (a record of two of them counted once), and a table of each
     * country's figures, every count with its list filter. Throws `forbidden`, `invalid`.
     */
    region: async (actor: Actor, region: Region, query: CountryViewQuery): Promise<RegionView> => {
      if (!can.read(actor)) throw forbidden();
      const range = periodOf(query);
      const [codes, levels] = await Promise.all([regionsRepo.countriesOf(db, region), partnershipsRepo.currentLevels(db)]);
      const levelOf = new Map(levels.map((row) => [row.countryCode, toPartnership(row).level]));
      const [measured, outcomeValues, ...countries] = await Promise.all([
        measure(actor, { region }, range, RECENT),
        outcomeValuesOf(actor, { region }, range),
        ...codes.map(async (code) => ({
          code,
          name: countryName(code) ?? { vi: code, en: code },
          partnershipLevel: levelOf.get(code) ?? null,
          figures: (await measure(actor, { countryCode: code }, range, 1)).figures,
        })),
      ]);
      return { region, period: range, figures: measured.figures, outcomeValues, recent: recentOf(measured.items), countries };
    },
  };
}
