import { createRoute } from '@tanstack/react-router';
import { BARRIER_STATUSES, MEASURE_TYPES } from '../../../shared/schemas/barriers.js';
import { REGIONS } from '../../../shared/schemas/regions.js';
import { SECTORS } from '../../../shared/schemas/sectors.js';
import { lazyPage } from '../../lib/lazy.js';
import { optionalEnum, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { BarrierListParams } from './-api.js';

const BarriersPage = lazyPage(() => import('./BarriersPage.js'), 'BarriersPage');
const BarrierPage = lazyPage(() => import('./BarrierPage.js'), 'BarrierPage');

export type BarrierFilters = Pick<BarrierListParams, 'q' | 'countryCode' | 'region' | 'sector' | 'status' | 'measureType'>;

export const barriersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/barriers',
  beforeLoad: requireAbility('barriers.read'),
  validateSearch: (search: Record<string, unknown>): BarrierFilters & { page?: number } => ({
    q: optionalString(search.q),
    countryCode: optionalString(search.countryCode)?.toUpperCase(),
    region: optionalEnum(REGIONS, search.region),
    sector: optionalEnum(SECTORS, search.sector),
    status: optionalEnum(BARRIER_STATUSES, search.status),
    measureType: optionalEnum(MEASURE_TYPES, search.measureType),
    page: optionalPage(search.page),
  }),
  component: function BarriersRoute() {
    const { page, ...filters } = barriersRoute.useSearch();
    const navigate = barriersRoute.useNavigate();
    return (
      <BarriersPage
        filters={filters}
        page={page ?? 1}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const barrierRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/barriers/$barrierId',
  beforeLoad: requireAbility('barriers.read'),
  component: function BarrierRoute() {
    const { barrierId } = barrierRoute.useParams();
    return <BarrierPage barrierId={barrierId} />;
  },
});

export const barrierRoutes = [barriersRoute, barrierRoute] as const;
