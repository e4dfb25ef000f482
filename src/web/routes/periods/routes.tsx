import { createRoute } from '@tanstack/react-router';
import { COMPLETENESS_STATUSES, TIMELINESS } from '../../../shared/schemas/periods.js';
import { optionalEnum } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import { PeriodPage, type BoardFilters } from './PeriodPage.js';
import { lazyPage } from '../../lib/lazy.js';

const PeriodsPage = lazyPage(() => import('./PeriodsPage.js'), 'PeriodsPage');
const SubmissionPage = lazyPage(() => import('./SubmissionPage.js'), 'SubmissionPage');

export const periodsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/periods',
  beforeLoad: requireAbility('activities.read'),
  component: PeriodsPage,
});

export const periodRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/periods/$periodId',
  beforeLoad: requireAbility('activities.read'),
  validateSearch: (search: Record<string, unknown>): BoardFilters => ({
    type: optionalEnum(['mission', 'province'] as const, search.type),
    status: optionalEnum(COMPLETENESS_STATUSES, search.status),
    timeliness: optionalEnum(TIMELINESS, search.timeliness),
  }),
  component: function PeriodRoute() {
    const { periodId } = periodRoute.useParams();
    const board = periodRoute.useSearch();
    const navigate = periodRoute.useNavigate();
    return <PeriodPage periodId={periodId} board={board} onBoardChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values }), replace: true })} />;
  },
});

export const submissionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/periods/$periodId/submissions/$submissionId',
  beforeLoad: requireAbility('activities.read'),
  component: function SubmissionRoute() {
    const { periodId, submissionId } = submissionRoute.useParams();
    return <SubmissionPage periodId={periodId} submissionId={submissionId} />;
  },
});

export const periodRoutes = [periodsRoute, periodRoute, submissionRoute] as const;
