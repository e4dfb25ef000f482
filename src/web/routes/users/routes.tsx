import { createRoute } from '@tanstack/react-router';
import { ROLES } from '../../../shared/schemas/users.js';
import { optionalEnum, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { UserListParams } from './-api.js';
import { lazyPage } from '../../lib/lazy.js';

const UsersPage = lazyPage(() => import('./UsersPage.js'), 'UsersPage');

type UsersSearch = Omit<UserListParams, 'pageSize'>;

export const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  beforeLoad: requireAbility('users.manage'),
  validateSearch: (search: Record<string, unknown>): UsersSearch => ({
    q: optionalString(search.q),
    role: optionalEnum(ROLES, search.role),
    unitId: optionalString(search.unitId),
    active: optionalEnum(['true', 'false'] as const, typeof search.active === 'boolean' ? String(search.active) : search.active),
    page: optionalPage(search.page),
  }),
  component: function UsersRoute() {
    const { page, ...filters } = usersRoute.useSearch();
    const navigate = usersRoute.useNavigate();
    return (
      <UsersPage
        filters={filters}
        page={page ?? 1}
        onFiltersChange={(values) =>
          void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })
        }
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});
