import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, notFound, Outlet, redirect, useRouterState } from '@tanstack/react-router';
import type { Me } from '../../shared/schemas/auth.js';
import { Suspense } from 'react';
import { AppLayout } from '../components/AppLayout.js';
import { DemoBanner } from '../components/DemoBanner.js';
import { Loading } from '../components/QueryState.js';
import { homeOf } from '../lib/home.js';
import { meQuery } from './auth/-api.js';

export interface RouterContext {
  queryClient: QueryClient;
}

/** Pages outside the signed-in shell (sign-in, open data, confirmation links) carry the demo banner on top; the shell carries its own. */
function RootPage() {
  const inShell = useRouterState({ select: (state) => state.matches.some((match) => match.routeId === appRoute.id) });
  return (
    <>
      {inShell ? null : <DemoBanner />}
      <Suspense fallback={<Loading lines={8} />}>
        <Outlet />
      </Suspense>
    </>
  );
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootPage,
});

/** Everything behind sign-in. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { me };
  },
  component: AppLayout,
});

/** For `beforeLoad` of a page that needs an ability: without it the page does not exist. */
export const requireAbility =
  (ability: string) =>
  ({ context }: { context: { me: Me } }) => {
    if (context.me.abilities[ability] !== true) throw notFound();
  };

export const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    throw redirect({ to: homeOf(context.me.user.role) });
  },
});
