import { createRoute } from '@tanstack/react-router';
import { SUPPORT_REQUEST_STATUSES } from '../../../shared/schemas/support-requests.js';
import { optionalEnum, optionalPage } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { SupportRequestListParams } from './-api.js';
import { lazyPage } from '../../lib/lazy.js';

const SupportRequestPage = lazyPage(() => import('./SupportRequestPage.js'), 'SupportRequestPage');
const SupportRequestsPage = lazyPage(() => import('./SupportRequestsPage.js'), 'SupportRequestsPage');

type Search = Pick<SupportRequestListParams, 'status' | 'direction' | 'page'>;

export const supportRequestsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/support-requests',
  beforeLoad: requireAbility('supportRequests.read'),
  validateSearch: (search: Record<string, unknown>): Search => ({
    status: optionalEnum(SUPPORT_REQUEST_STATUSES, search.status),
    direction: optionalEnum(['sent', 'received'] as const, search.direction),
    page: optionalPage(search.page),
  }),
  component: function SupportRequestsRoute() {
    const { page, ...filters } = supportRequestsRoute.useSearch();
    const navigate = supportRequestsRoute.useNavigate();
    return (
      <SupportRequestsPage
        filters={filters}
        page={page ?? 1}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const supportRequestRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/support-requests/$requestId',
  beforeLoad: requireAbility('supportRequests.read'),
  component: function SupportRequestRoute() {
    const { requestId } = supportRequestRoute.useParams();
    return <SupportRequestPage requestId={requestId} />;
  },
});

export const supportRequestRoutes = [supportRequestsRoute, supportRequestRoute] as const;
