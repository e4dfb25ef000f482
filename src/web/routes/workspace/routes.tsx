import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../lib/lazy.js';
import { appRoute, requireAbility } from '../root.js';

const WorkspacePage = lazyPage(() => import('./WorkspacePage.js'), 'WorkspacePage');

/** A business user's home: its company's outcomes and answers, pending confirmations, requests to missions, profile. */
export const workspaceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workspace',
  beforeLoad: requireAbility('business.workspace'),
  component: WorkspacePage,
});
