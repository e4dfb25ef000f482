import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../lib/lazy.js';
import { rootRoute } from '../root.js';

const OpenDataPage = lazyPage(() => import('./OpenDataPage.js'), 'OpenDataPage');

/** Public: the published data sets, outside the signed-in shell. */
export const openDataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/open-data',
  component: OpenDataPage,
});
