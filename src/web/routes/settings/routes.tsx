import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../lib/lazy.js';
import { appRoute, requireAbility } from '../root.js';

const SettingsPage = lazyPage(() => import('./SettingsPage.js'), 'SettingsPage');

export const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  beforeLoad: requireAbility('settings.manage'),
  component: SettingsPage,
});
