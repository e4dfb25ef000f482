import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { LocalizedName } from '../../../shared/schemas/common.js';
import { OrgUnitDetail, OrgUnitList, type OrgUnitSummary, type OrgUnitType } from '../../../shared/schemas/org-units.js';
import { apiJson, toQueryString } from '../../lib/api.js';

/** The `entity` name of org units in the audit log. */
export const ORG_UNIT_AUDIT_ENTITY = 'org_unit';

export interface OrgUnitListParams {
  asOf?: string;
  type?: OrgUnitType;
  q?: string;
  page?: number;
  pageSize?: number;
}

export const orgUnitListQuery = (params: OrgUnitListParams) =>
  queryOptions({
    queryKey: ['orgUnits', 'list', params],
    queryFn: ({ signal }) => apiJson(`/org-units${toQueryString({ ...params })}`, OrgUnitList, { signal }),
    placeholderData: keepPreviousData,
  });

const MAX_PAGE_SIZE = 500;

/** Every unit valid on `asOf` (all pages), for the tree. */
export const orgUnitTreeQuery = (asOf: string) =>
  queryOptions({
    queryKey: ['orgUnits', 'all', asOf],
    queryFn: async ({ signal }): Promise<OrgUnitSummary[]> => {
      const items: OrgUnitSummary[] = [];
      for (let page = 1; ; page += 1) {
        const query = toQueryString({ asOf, page, pageSize: MAX_PAGE_SIZE });
        const result = await apiJson(`/org-units${query}`, OrgUnitList, { signal });
        items.push(...result.items);
        if (result.items.length === 0 || items.length >= result.total) return items;
      }
    },
    placeholderData: keepPreviousData,
  });

export const orgUnitQuery = (orgUnitId: string) =>
  queryOptions({
    queryKey: ['orgUnits', orgUnitId],
    queryFn: ({ signal }) => apiJson(`/org-units/${encodeURIComponent(orgUnitId)}`, OrgUnitDetail, { signal }),
  });

/** For pickers: the first units matching a search, valid today. */
export const orgUnitSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['orgUnits', 'search', q],
    queryFn: ({ signal }) => apiJson(`/org-units${toQueryString({ q, pageSize: 20 })}`, OrgUnitList, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

const CountryList = z.object({ items: z.array(z.object({ code: z.string(), name: LocalizedName })) });

export const countriesQuery = queryOptions({
  queryKey: ['countries'],
  queryFn: ({ signal }) => apiJson('/countries', CountryList, { signal }),
  staleTime: Infinity,
  select: (data) => new Map(data.items.map((country) => [country.code, country.name])),
});
