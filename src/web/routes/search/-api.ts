import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { LinkProps } from '@tanstack/react-router';
import { SearchResults, type SearchHit, type SearchType } from '../../../shared/schemas/search.js';
import { apiJson, toQueryString } from '../../lib/api.js';

export interface SearchParams {
  q: string;
  type?: SearchType;
  page?: number;
  pageSize?: number;
}

export const searchQuery = (params: SearchParams) =>
  queryOptions({
    queryKey: ['search', params],
    queryFn: ({ signal }) => apiJson(`/search${toQueryString({ ...params })}`, SearchResults, { signal }),
    enabled: params.q.trim() !== '',
    placeholderData: keepPreviousData,
  });

/** The page of a hit: the server gives the concrete path of a route the app has (e.g. /agreements/<id>). */
export const hitTarget = (hit: SearchHit) => hit.path as LinkProps['to'];
