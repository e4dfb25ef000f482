import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../root.js';
import { AccountPage } from './AccountPage.js';

export const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: AccountPage,
});
