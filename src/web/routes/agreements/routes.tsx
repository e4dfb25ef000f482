import { createRoute } from '@tanstack/react-router';
import { AGREEMENT_FIELDS, AGREEMENT_KINDS, AGREEMENT_STATUSES, STATS_GROUPS } from '../../../shared/schemas/agreements.js';
import { optionalEnum, optionalIsoDate, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { AgreementListParams, StatsGroup } from './-api.js';
import { lazyPage } from '../../lib/lazy.js';

const AgreementPage = lazyPage(() => import('./AgreementPage.js'), 'AgreementPage');
const AgreementsPage = lazyPage(() => import('./AgreementsPage.js'), 'AgreementsPage');

export type AgreementsSearch = Omit<AgreementListParams, 'pageSize'> & { groupBy?: StatsGroup };

export const agreementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/agreements',
  beforeLoad: requireAbility('agreements.read'),
  validateSearch: (search: Record<string, unknown>): AgreementsSearch => ({
    q: optionalString(search.q),
    kind: optionalEnum(AGREEMENT_KINDS, search.kind),
    field: optionalEnum(AGREEMENT_FIELDS, search.field),
    status: optionalEnum(AGREEMENT_STATUSES, search.status),
    partnerId: optionalString(search.partnerId),
    unitId: optionalString(search.unitId),
    engagementId: optionalString(search.engagementId),
    from: optionalIsoDate(search.from),
    to: optionalIsoDate(search.to),
    localInternational: optionalEnum(['true', 'false'] as const, typeof search.localInternational === 'boolean' ? String(search.localInternational) : search.localInternational),
    countryCode: optionalString(search.countryCode),
    groupBy: optionalEnum(STATS_GROUPS, search.groupBy),
    page: optionalPage(search.page),
  }),
  component: function AgreementsRoute() {
    const { page, groupBy, ...filters } = agreementsRoute.useSearch();
    const navigate = agreementsRoute.useNavigate();
    return (
      <AgreementsPage
        filters={filters}
        groupBy={groupBy ?? 'kind'}
        page={page ?? 1}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const agreementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/agreements/$agreementId',
  beforeLoad: requireAbility('agreements.read'),
  component: function AgreementRoute() {
    const { agreementId } = agreementRoute.useParams();
    return <AgreementPage agreementId={agreementId} />;
  },
});
