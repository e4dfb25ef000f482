import { createRoute } from '@tanstack/react-router';
import { optionalIsoDate, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { AuditListParams } from './-api.js';
import { lazyPage } from '../../lib/lazy.js';

const AuditPage = lazyPage(() => import('./AuditPage.js'), 'AuditPage');

type AuditSearch = Omit<AuditListParams, 'pageSize'>;

export const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  beforeLoad: requireAbility('audit.read'),
  validateSearch: (search: Record<string, unknown>): AuditSearch => ({
    entity: optionalString(search.entity),
    entityId: optionalString(search.entityId),
    actorId: optionalString(search.actorId),
    action: optionalString(search.action),
    from: optionalIsoDate(search.from),
    to: optionalIsoDate(search.to),
    page: optionalPage(search.page),
  }),
  component: function AuditRoute() {
    const { page, ...filters } = auditRoute.useSearch();
    const navigate = auditRoute.useNavigate();
    return (
      <AuditPage
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
