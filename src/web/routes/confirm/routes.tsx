import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../root.js';
import { lazyPage } from '../../lib/lazy.js';

const ConfirmPage = lazyPage(() => import('./ConfirmPage.js'), 'ConfirmPage');

/** Public: reached from the e-mail sent to the business; outside the signed-in shell. */
export const confirmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/confirm/$token',
  component: function ConfirmRoute() {
    const { token } = confirmRoute.useParams();
    return <ConfirmPage token={token} />;
  },
});
