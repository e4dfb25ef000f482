import { createRoute, redirect } from '@tanstack/react-router';
import { optionalString } from '../../lib/search.js';
import { rootRoute } from '../root.js';
import { meQuery } from './-api.js';
import { lazyPage } from '../../lib/lazy.js';

const SignInPage = lazyPage(() => import('./SignInPage.js'), 'SignInPage');

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({ redirect: optionalString(search.redirect) }),
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me) throw redirect({ to: '/' });
  },
  component: function SignInRoute() {
    const { redirect: redirectTo } = signInRoute.useSearch();
    return <SignInPage redirectTo={redirectTo} />;
  },
});
