import { createRoute } from '@tanstack/react-router';
import { ACTIVITY_VIEWS } from '../../../shared/schemas/activities.js';
import { CONFIRMATION_STATUSES, OUTCOME_KINDS } from '../../../shared/schemas/outcomes.js';
import { optionalEnum, optionalIsoDate, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { OutcomeFilters, OutcomeListParams } from './-api.js';
import { lazyPage } from '../../lib/lazy.js';

const OutcomeListPage = lazyPage(() => import('./OutcomeListPage.js'), 'OutcomeListPage');
const OutcomeTotalsPage = lazyPage(() => import('./OutcomeTotalsPage.js'), 'OutcomeTotalsPage');

const flag = (value: unknown): 'true' | undefined => (value === true || value === 'true' ? 'true' : undefined);

const validateOutcomeFilters = (search: Record<string, unknown>): OutcomeFilters => ({
  q: optionalString(search.q),
  unitId: optionalString(search.unitId),
  countryCode: optionalString(search.countryCode),
  from: optionalIsoDate(search.from),
  to: optionalIsoDate(search.to),
  view: optionalEnum(ACTIVITY_VIEWS, search.view),
  kind: optionalEnum(OUTCOME_KINDS, search.kind),
  currency: optionalString(search.currency),
  confirmedOnly: flag(search.confirmedOnly),
});

export const outcomeTotalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/outcomes',
  beforeLoad: requireAbility('activities.read'),
  validateSearch: validateOutcomeFilters,
  component: function OutcomeTotalsRoute() {
    const filters = outcomeTotalsRoute.useSearch();
    const navigate = outcomeTotalsRoute.useNavigate();
    return <OutcomeTotalsPage filters={filters} onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values }), replace: true })} />;
  },
});

export const outcomeListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/outcomes/list',
  beforeLoad: requireAbility('activities.read'),
  validateSearch: (search: Record<string, unknown>): Omit<OutcomeListParams, 'pageSize'> => ({
    ...validateOutcomeFilters(search),
    activityId: optionalString(search.activityId),
    confirmationStatus: optionalEnum(CONFIRMATION_STATUSES, search.confirmationStatus),
    counted: flag(search.counted),
    page: optionalPage(search.page),
  }),
  component: function OutcomeListRoute() {
    const { page, ...filters } = outcomeListRoute.useSearch();
    const navigate = outcomeListRoute.useNavigate();
    return (
      <OutcomeListPage
        filters={filters}
        page={page ?? 1}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const outcomeRoutes = [outcomeTotalsRoute, outcomeListRoute] as const;
