import { queryOptions } from '@tanstack/react-query';
import { CountryView, RegionView } from '../../../shared/schemas/countries.js';
import type { Region } from '../../../shared/schemas/regions.js';
import { apiJson, toQueryString } from '../../lib/api.js';
import { toApiRange } from '../../lib/dates.js';

/** The period as the interface holds it: `to` is the last day included. */
export interface CountryPeriod {
  from?: string;
  to?: string;
}

export const countriesKey = ['countries'] as const;

export const countryViewQuery = (iso2: string, period: CountryPeriod) =>
  queryOptions({
    queryKey: [...countriesKey, iso2, period],
    queryFn: ({ signal }) => apiJson(`/countries/${encodeURIComponent(iso2)}${toQueryString(toApiRange({ ...period }))}`, CountryView, { signal }),
  });

export const regionViewQuery = (region: Region, period: CountryPeriod) =>
  queryOptions({
    queryKey: ['regions', region, period],
    queryFn: ({ signal }) => apiJson(`/regions/${region}${toQueryString(toApiRange({ ...period }))}`, RegionView, { signal }),
  });
