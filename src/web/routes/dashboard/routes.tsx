import { createRoute } from '@tanstack/react-router';
import { DASHBOARD_GROUPS, DASHBOARD_METRICS } from '../../../shared/schemas/dashboard.js';
import { optionalEnum, optionalIsoDate, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { DashboardFilterParams, DashboardRecordsParams } from './-api.js';
import { lazyPage } from '../../lib/lazy.js';

const DashboardPage = lazyPage(() => import('./DashboardPage.js'), 'DashboardPage');
const DashboardRecordsPage = lazyPage(() => import('./DashboardRecordsPage.js'), 'DashboardRecordsPage');

const filterSearch = (search: Record<string, unknown>): DashboardFilterParams => ({
  from: optionalIsoDate(search.from),
  to: optionalIsoDate(search.to),
  unitId: optionalString(search.unitId),
  partnerId: optionalString(search.partnerId),
  field: optionalString(search.field),
});

export type DashboardSearch = DashboardFilterParams & { groupBy?: (typeof DASHBOARD_GROUPS)[number] };

export const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboard',
  beforeLoad: requireAbility('dashboard.read'),
  validateSearch: (search: Record<string, unknown>): DashboardSearch => ({
    ...filterSearch(search),
    groupBy: optionalEnum(DASHBOARD_GROUPS, search.groupBy),
  }),
  component: function DashboardRoute() {
    const { groupBy, ...filters } = dashboardRoute.useSearch();
    const navigate = dashboardRoute.useNavigate();
    return (
      <DashboardPage
        filters={filters}
        groupBy={groupBy ?? 'unit'}
        onChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values }), replace: true })}
      />
    );
  },
});

export type DashboardRecordsSearch = Omit<DashboardRecordsParams, 'pageSize' | 'metric'> & { metric?: DashboardRecordsParams['metric'] };

export const dashboardRecordsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboard/records',
  beforeLoad: requireAbility('dashboard.read'),
  validateSearch: (search: Record<string, unknown>): DashboardRecordsSearch => ({
    ...filterSearch(search),
    metric: optionalEnum(DASHBOARD_METRICS, search.metric),
    groupBy: optionalEnum(DASHBOARD_GROUPS, search.groupBy),
    groupKey: optionalString(search.groupKey),
    page: optionalPage(search.page),
  }),
  component: function DashboardRecordsRoute() {
    const { page, metric, ...rest } = dashboardRecordsRoute.useSearch();
    const navigate = dashboardRecordsRoute.useNavigate();
    return (
      <DashboardRecordsPage
        params={{ ...rest, metric: metric ?? 'commitments.total' }}
        page={page ?? 1}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});
