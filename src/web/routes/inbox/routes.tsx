import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../root.js';
import { InboxPage } from './InboxPage.js';

export const inboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inbox',
  component: InboxPage,
});
