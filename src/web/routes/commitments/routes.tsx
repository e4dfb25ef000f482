import { createRoute } from '@tanstack/react-router';
import { COMMITMENT_STATUSES } from '../../../shared/schemas/commitments.js';
import { optionalEnum, optionalIsoDate, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { CommitmentListParams } from './-api.js';
import { lazyPage } from '../../lib/lazy.js';

const CommitmentPage = lazyPage(() => import('./CommitmentPage.js'), 'CommitmentPage');
const CommitmentsPage = lazyPage(() => import('./CommitmentsPage.js'), 'CommitmentsPage');

type CommitmentsSearch = Omit<CommitmentListParams, 'pageSize'>;

export const commitmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/commitments',
  beforeLoad: requireAbility('commitments.read'),
  validateSearch: (search: Record<string, unknown>): CommitmentsSearch => ({
    q: optionalString(search.q),
    agreementId: optionalString(search.agreementId),
    engagementId: optionalString(search.engagementId),
    unitId: optionalString(search.unitId),
    countryCode: optionalString(search.countryCode),
    status: optionalEnum(COMMITMENT_STATUSES, search.status),
    overdue: optionalEnum(['true', 'false'] as const, typeof search.overdue === 'boolean' ? String(search.overdue) : search.overdue),
    dueFrom: optionalIsoDate(search.dueFrom),
    dueTo: optionalIsoDate(search.dueTo),
    page: optionalPage(search.page),
  }),
  component: function CommitmentsRoute() {
    const { page, ...filters } = commitmentsRoute.useSearch();
    const navigate = commitmentsRoute.useNavigate();
    return (
      <CommitmentsPage
        filters={filters}
        page={page ?? 1}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const commitmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/commitments/$commitmentId',
  beforeLoad: requireAbility('commitments.read'),
  component: function CommitmentRoute() {
    const { commitmentId } = commitmentRoute.useParams();
    return <CommitmentPage commitmentId={commitmentId} />;
  },
});
