import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../root.js';
import { lazyPage } from '../../lib/lazy.js';

const AccountPage = lazyPage(() => import('./AccountPage.js'), 'AccountPage');

export const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: AccountPage,
});
