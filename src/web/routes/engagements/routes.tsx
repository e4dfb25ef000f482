import { createRoute } from '@tanstack/react-router';
import { ENGAGEMENT_TYPES } from '../../../shared/schemas/engagements.js';
import { optionalEnum, optionalIsoDate, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { EngagementListParams } from './-api.js';
import { lazyPage } from '../../lib/lazy.js';

const EngagementPage = lazyPage(() => import('./EngagementPage.js'), 'EngagementPage');
const EngagementsPage = lazyPage(() => import('./EngagementsPage.js'), 'EngagementsPage');
const ImportPage = lazyPage(() => import('./ImportPage.js'), 'ImportPage');

type EngagementsSearch = Omit<EngagementListParams, 'pageSize'>;

export const engagementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/engagements',
  beforeLoad: requireAbility('engagements.read'),
  validateSearch: (search: Record<string, unknown>): EngagementsSearch => ({
    q: optionalString(search.q),
    type: optionalEnum(ENGAGEMENT_TYPES, search.type),
    from: optionalIsoDate(search.from),
    to: optionalIsoDate(search.to),
    countryCode: optionalString(search.countryCode),
    partnerId: optionalString(search.partnerId),
    unitId: optionalString(search.unitId),
    page: optionalPage(search.page),
  }),
  component: function EngagementsRoute() {
    const { page, ...filters } = engagementsRoute.useSearch();
    const navigate = engagementsRoute.useNavigate();
    return (
      <EngagementsPage
        filters={filters}
        page={page ?? 1}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const engagementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/engagements/$engagementId',
  beforeLoad: requireAbility('engagements.read'),
  component: function EngagementRoute() {
    const { engagementId } = engagementRoute.useParams();
    return <EngagementPage engagementId={engagementId} />;
  },
});

/** Bulk import of engagements and agreements from the Excel templates. */
export const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/imports',
  beforeLoad: requireAbility('imports.run'),
  component: ImportPage,
});
