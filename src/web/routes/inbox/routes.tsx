import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../root.js';
import { lazyPage } from '../../lib/lazy.js';

const InboxPage = lazyPage(() => import('./InboxPage.js'), 'InboxPage');

export const inboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inbox',
  component: InboxPage,
});
