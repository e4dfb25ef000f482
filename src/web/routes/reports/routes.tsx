import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../lib/lazy.js';
import { appRoute, requireAbility } from '../root.js';

const ReportsPage = lazyPage(() => import('./ReportsPage.js'), 'ReportsPage');
const ReportPage = lazyPage(() => import('./ReportPage.js'), 'ReportPage');

export const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports',
  beforeLoad: requireAbility('reports.read'),
  component: ReportsPage,
});

export const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports/$reportId',
  beforeLoad: requireAbility('reports.read'),
  component: function ReportRoute() {
    const { reportId } = reportRoute.useParams();
    return <ReportPage reportId={reportId} />;
  },
});

export const reportRoutes = [reportsRoute, reportRoute] as const;
