import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../lib/lazy.js';
import { REGIONS } from '../../../shared/schemas/regions.js';
import { optionalIsoDate } from '../../lib/search.js';
import { NotFoundPage } from '../../components/RoutePages.js';
import { appRoute, requireAbility } from '../root.js';
import type { CountryPeriod } from './-api.js';

const CountryPage = lazyPage(() => import('./CountryPage.js'), 'CountryPage');
const RegionPage = lazyPage(() => import('./RegionPage.js'), 'RegionPage');

export const countryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/countries/$iso2',
  beforeLoad: requireAbility('partners.read'),
  validateSearch: (search: Record<string, unknown>): CountryPeriod => ({ from: optionalIsoDate(search.from), to: optionalIsoDate(search.to) }),
  component: function CountryRoute() {
    const { iso2 } = countryRoute.useParams();
    const period = countryRoute.useSearch();
    const navigate = countryRoute.useNavigate();
    return <CountryPage iso2={iso2.toUpperCase()} period={period} onPeriodChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});

export const regionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/regions/$region',
  beforeLoad: requireAbility('partners.read'),
  validateSearch: (search: Record<string, unknown>): CountryPeriod => ({ from: optionalIsoDate(search.from), to: optionalIsoDate(search.to) }),
  component: function RegionRoute() {
    const { region } = regionRoute.useParams();
    const period = regionRoute.useSearch();
    const navigate = regionRoute.useNavigate();
    const known = REGIONS.find((r) => r === region);
    if (!known) return <NotFoundPage />;
    return <RegionPage region={known} period={period} onPeriodChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
