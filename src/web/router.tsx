import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { Loading } from './components/QueryState.js';
import { NotFoundPage, RouteErrorPage } from './components/RoutePages.js';
import { isApiError } from './lib/api.js';
import { accountRoute } from './routes/account/routes.js';
import { agreementRoute, agreementsRoute } from './routes/agreements/routes.js';
import { commitmentRoute, commitmentsRoute } from './routes/commitments/routes.js';
import { countryRoute, regionRoute } from './routes/countries/routes.js';
import { sourceDocumentRoute, sourceDocumentsRoute } from './routes/source-documents/routes.js';
import { dashboardRecordsRoute, dashboardRoute } from './routes/dashboard/routes.js';
import { engagementRoute, engagementsRoute, importsRoute } from './routes/engagements/routes.js';
import { inboxRoute } from './routes/inbox/routes.js';
import { indicatorRoutes } from './routes/indicators/routes.js';
import { partnerRoute, partnersRoute } from './routes/partners/routes.js';
import { taskRoute, tasksRoute } from './routes/tasks/routes.js';
import { activityRoutes } from './routes/activities/routes.js';
import { auditRoute } from './routes/audit/routes.js';
import { meKey } from './routes/auth/-api.js';
import { signInRoute } from './routes/auth/routes.js';
import { confirmRoute } from './routes/confirm/routes.js';
import { openDataRoute } from './routes/open-data/routes.js';
import { orgUnitRoute, orgUnitsRoute } from './routes/org-units/routes.js';
import { outcomeRoutes } from './routes/outcomes/routes.js';
import { periodRoutes } from './routes/periods/routes.js';
import { reportRoutes } from './routes/reports/routes.js';
import { appRoute, homeRoute, rootRoute } from './routes/root.js';
import { searchRoute } from './routes/search/routes.js';
import { supportRequestRoutes } from './routes/support-requests/routes.js';
import { barrierRoutes } from './routes/barriers/routes.js';
import { settingsRoute } from './routes/settings/routes.js';
import { usersRoute } from './routes/users/routes.js';
import { workspaceRoute } from './routes/workspace/routes.js';

/** A 401 anywhere means the session ended: forget the user, and the shell sends them to sign-in. */
function onUnauthenticated(error: unknown, ignore = false) {
  if (!ignore && isApiError(error, 'unauthenticated')) queryClient.setQueryData(meKey, null);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onUnauthenticated(error, query.queryKey[0] === meKey[0]) }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => onUnauthenticated(error, mutation.meta?.expectsUnauthenticated === true),
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => failureCount < 2 && (isApiError(error, 'network') || isApiError(error, 'internal')),
    },
  },
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  confirmRoute,
  openDataRoute,
  appRoute.addChildren([
    homeRoute,
    orgUnitsRoute,
    orgUnitRoute,
    usersRoute,
    auditRoute,
    settingsRoute,
    accountRoute,
    inboxRoute,
    ...indicatorRoutes,
    dashboardRoute,
    dashboardRecordsRoute,
    engagementsRoute,
    engagementRoute,
    importsRoute,
    agreementsRoute,
    agreementRoute,
    sourceDocumentsRoute,
    sourceDocumentRoute,
    commitmentsRoute,
    commitmentRoute,
    tasksRoute,
    taskRoute,
    partnersRoute,
    partnerRoute,
    countryRoute,
    regionRoute,
    ...activityRoutes,
    ...outcomeRoutes,
    ...periodRoutes,
    ...reportRoutes,
    ...barrierRoutes,
    ...supportRequestRoutes,
    workspaceRoute,
    searchRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  defaultPendingComponent: () => <Loading />,
  defaultErrorComponent: RouteErrorPage,
  defaultNotFoundComponent: NotFoundPage,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { expectsUnauthenticated?: boolean };
  }
}
