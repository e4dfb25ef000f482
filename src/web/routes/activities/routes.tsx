import { createRoute } from '@tanstack/react-router';
import { ACTIVITY_TYPES, ACTIVITY_VIEWS } from '../../../shared/schemas/activities.js';
import { REGIONS } from '../../../shared/schemas/regions.js';
import { SECTORS } from '../../../shared/schemas/sectors.js';
import { optionalEnum, optionalIsoDate, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { ActivityFilters } from './-api.js';
import { ActivityCreatePage, ActivityEditPage } from './ActivityFormPage.js';
import { lazyPage } from '../../lib/lazy.js';

const ActivitiesPage = lazyPage(() => import('./ActivitiesPage.js'), 'ActivitiesPage');
const ActivityImportPage = lazyPage(() => import('./ActivityImportPage.js'), 'ActivityImportPage');
const ActivityPage = lazyPage(() => import('./ActivityPage.js'), 'ActivityPage');
const FormalismPage = lazyPage(() => import('./FormalismPage.js'), 'FormalismPage');

type ActivitiesSearch = ActivityFilters & { page?: number };

/** The filters as they come from a URL (also the drill-down links of totals and reports). */
export const validateActivityFilters = (search: Record<string, unknown>): ActivityFilters => ({
  q: optionalString(search.q),
  unitId: optionalString(search.unitId),
  type: optionalEnum(ACTIVITY_TYPES, search.type),
  from: optionalIsoDate(search.from),
  to: optionalIsoDate(search.to),
  countryCode: optionalString(search.countryCode),
  region: optionalEnum(REGIONS, search.region),
  sector: optionalEnum(SECTORS, search.sector),
  province: optionalString(search.province),
  flagged: optionalEnum(['no_result'] as const, search.flagged),
  view: optionalEnum(ACTIVITY_VIEWS, search.view),
});

export const activitiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/activities',
  beforeLoad: requireAbility('activities.read'),
  validateSearch: (search: Record<string, unknown>): ActivitiesSearch => ({ ...validateActivityFilters(search), page: optionalPage(search.page) }),
  component: function ActivitiesRoute() {
    const { page, ...filters } = activitiesRoute.useSearch();
    const navigate = activitiesRoute.useNavigate();
    return (
      <ActivitiesPage
        filters={filters}
        page={page ?? 1}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const activityCreateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/activities/new',
  beforeLoad: requireAbility('activities.create'),
  validateSearch: (search: Record<string, unknown>): { supportRequestId?: string } => ({ supportRequestId: optionalString(search.supportRequestId) }),
  component: function ActivityCreateRoute() {
    const { supportRequestId } = activityCreateRoute.useSearch();
    return <ActivityCreatePage supportRequestId={supportRequestId} />;
  },
});

export const formalismRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/activities/formalism',
  beforeLoad: requireAbility('activities.formalism'),
  validateSearch: (search: Record<string, unknown>): Pick<ActivityFilters, 'from' | 'to' | 'view' | 'type'> => {
    const { from, to, view, type } = validateActivityFilters(search);
    return { from, to, view, type };
  },
  component: function FormalismRoute() {
    const search = formalismRoute.useSearch();
    const navigate = formalismRoute.useNavigate();
    return <FormalismPage filters={search} onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values }), replace: true })} />;
  },
});

export const activityImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/activities/import',
  beforeLoad: requireAbility('imports.activities'),
  component: ActivityImportPage,
});

export const activityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/activities/$activityId',
  beforeLoad: requireAbility('activities.read'),
  component: function ActivityRoute() {
    const { activityId } = activityRoute.useParams();
    return <ActivityPage activityId={activityId} />;
  },
});

export const activityEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/activities/$activityId/edit',
  beforeLoad: requireAbility('activities.create'),
  component: function ActivityEditRoute() {
    const { activityId } = activityEditRoute.useParams();
    return <ActivityEditPage activityId={activityId} />;
  },
});

export const activityRoutes = [activitiesRoute, activityCreateRoute, formalismRoute, activityImportRoute, activityRoute, activityEditRoute] as const;
