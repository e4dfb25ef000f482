import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../lib/lazy.js';
import { todayIso } from '../../lib/format.js';
import { optionalEnum, optionalIsoDate, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { OverviewSearch } from './OverviewPage.js';
import type { ReportedValueFilters } from './ReportedValuesPage.js';
import type { TargetFilters } from './TargetsPage.js';

const OverviewPage = lazyPage(() => import('./OverviewPage.js'), 'OverviewPage');
const RecordsPage = lazyPage(() => import('./RecordsPage.js'), 'RecordsPage');
const TargetsPage = lazyPage(() => import('./TargetsPage.js'), 'TargetsPage');
const ReportedValuesPage = lazyPage(() => import('./ReportedValuesPage.js'), 'ReportedValuesPage');

export const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/overview',
  beforeLoad: requireAbility('dashboard.read'),
  validateSearch: (search: Record<string, unknown>): OverviewSearch => ({
    year: typeof search.year === 'number' || /^\d{4}$/.test(String(search.year ?? '')) ? Number(search.year) : undefined,
    half: optionalEnum(['1', '2'] as const, search.half === undefined ? undefined : String(search.half)),
    asOf: optionalIsoDate(search.asOf),
    view: optionalEnum(['as_reported', 'mapped'] as const, search.view),
    region: optionalString(search.region),
    field: optionalString(search.field),
    unitType: optionalString(search.unitType),
    map: optionalString(search.map),
  }),
  component: function OverviewRoute() {
    const search = overviewRoute.useSearch();
    const navigate = overviewRoute.useNavigate();
    return <OverviewPage search={search} today={todayIso()} onChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values }), replace: true })} />;
  },
});

const FILTER_KEYS = ['from', 'to', 'asOf', 'view', 'unitId', 'unitType', 'countryCode', 'region', 'field', 'partnerId', 'category', 'groupBy', 'groupKey', 'part'] as const;
type RecordsSearch = Partial<Record<(typeof FILTER_KEYS)[number], string>> & { page?: number };

export const indicatorRecordsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/indicators/$code/records',
  beforeLoad: requireAbility('dashboard.read'),
  validateSearch: (search: Record<string, unknown>): RecordsSearch => ({
    ...Object.fromEntries(FILTER_KEYS.map((key) => [key, optionalString(search[key] === undefined ? undefined : String(search[key]))])),
    page: optionalPage(search.page),
  }),
  component: function IndicatorRecordsRoute() {
    const { code } = indicatorRecordsRoute.useParams();
    const { page, ...filter } = indicatorRecordsRoute.useSearch();
    const navigate = indicatorRecordsRoute.useNavigate();
    const defined = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as Record<string, string>;
    return <RecordsPage code={code} filter={defined} page={page ?? 1} onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })} />;
  },
});

export const targetsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/targets',
  beforeLoad: requireAbility('dashboard.read'),
  validateSearch: (search: Record<string, unknown>): TargetFilters & { page?: number } => ({
    year: /^\d{4}$/.test(String(search.year ?? '')) ? Number(search.year) : undefined,
    half: optionalEnum(['1', '2', 'year'] as const, search.half === undefined ? undefined : String(search.half)),
    national: optionalEnum(['true'] as const, search.national === undefined ? undefined : String(search.national)),
    page: optionalPage(search.page),
  }),
  component: function TargetsRoute() {
    const { page, ...filters } = targetsRoute.useSearch();
    const navigate = targetsRoute.useNavigate();
    return (
      <TargetsPage
        filters={filters}
        page={page ?? 1}
        today={todayIso()}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const reportedValuesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reported-values',
  beforeLoad: requireAbility('dashboard.read'),
  validateSearch: (search: Record<string, unknown>): ReportedValueFilters & { page?: number } => ({
    indicatorCode: optionalString(search.indicatorCode),
    page: optionalPage(search.page),
  }),
  component: function ReportedValuesRoute() {
    const { page, ...filters } = reportedValuesRoute.useSearch();
    const navigate = reportedValuesRoute.useNavigate();
    return (
      <ReportedValuesPage
        filters={filters}
        page={page ?? 1}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const indicatorRoutes = [overviewRoute, indicatorRecordsRoute, targetsRoute, reportedValuesRoute];
