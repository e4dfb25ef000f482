import { createRoute } from '@tanstack/react-router';
import { ORG_UNIT_TYPES, type OrgUnitType } from '../../../shared/schemas/org-units.js';
import { todayIso } from '../../lib/format.js';
import { optionalEnum, optionalIsoDate, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute } from '../root.js';
import { lazyPage } from '../../lib/lazy.js';

const OrgUnitPage = lazyPage(() => import('./OrgUnitPage.js'), 'OrgUnitPage');
const OrgUnitsPage = lazyPage(() => import('./OrgUnitsPage.js'), 'OrgUnitsPage');

interface OrgUnitsSearch {
  asOf?: string;
  type?: OrgUnitType;
  q?: string;
  page?: number;
}

export const orgUnitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/org-units',
  validateSearch: (search: Record<string, unknown>): OrgUnitsSearch => ({
    asOf: optionalIsoDate(search.asOf),
    type: optionalEnum(ORG_UNIT_TYPES, search.type),
    q: optionalString(search.q),
    page: optionalPage(search.page),
  }),
  component: function OrgUnitsRoute() {
    const search = orgUnitsRoute.useSearch();
    const navigate = orgUnitsRoute.useNavigate();
    return (
      <OrgUnitsPage
        filters={{ asOf: search.asOf ?? todayIso(), type: search.type, q: search.q }}
        page={search.page ?? 1}
        onFiltersChange={(values) =>
          void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })
        }
        onPageChange={(page) => void navigate({ search: (previous) => ({ ...previous, page }) })}
      />
    );
  },
});

export const orgUnitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/org-units/$orgUnitId',
  component: function OrgUnitRoute() {
    const { orgUnitId } = orgUnitRoute.useParams();
    return <OrgUnitPage orgUnitId={orgUnitId} />;
  },
});
