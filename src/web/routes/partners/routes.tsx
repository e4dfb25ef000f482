import { createRoute } from '@tanstack/react-router';
import { PARTNER_KINDS } from '../../../shared/schemas/partners.js';
import { optionalEnum, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { PartnerListParams } from './-api.js';
import { lazyPage } from '../../lib/lazy.js';

const PartnerPage = lazyPage(() => import('./PartnerPage.js'), 'PartnerPage');
const PartnersPage = lazyPage(() => import('./PartnersPage.js'), 'PartnersPage');

type PartnersSearch = Omit<PartnerListParams, 'pageSize'>;

export const partnersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partners',
  beforeLoad: requireAbility('partners.read'),
  validateSearch: (search: Record<string, unknown>): PartnersSearch => ({
    q: optionalString(search.q),
    kind: optionalEnum(PARTNER_KINDS, search.kind),
    countryCode: optionalString(search.countryCode),
    page: optionalPage(search.page),
  }),
  component: function PartnersRoute() {
    const { page, ...filters } = partnersRoute.useSearch();
    const navigate = partnersRoute.useNavigate();
    return (
      <PartnersPage
        filters={filters}
        page={page ?? 1}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const partnerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partners/$partnerId',
  beforeLoad: requireAbility('partners.read'),
  component: function PartnerRoute() {
    const { partnerId } = partnerRoute.useParams();
    return <PartnerPage partnerId={partnerId} />;
  },
});
