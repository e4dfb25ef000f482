import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Region } from '../../../shared/schemas/regions.js';
import type { Sector } from '../../../shared/schemas/sectors.js';
import {
  ACTIVITY_GROUPS,
  Activity,
  ActivityList,
  ActivitySummary,
  FormalismReport,
  type ActivityInput,
  type ActivityType,
  type ActivityUpdate,
  type ActivityView,
} from '../../../shared/schemas/activities.js';
import { LocalizedName } from '../../../shared/schemas/common.js';
import { ImportRowError } from '../../../shared/schemas/imports.js';
import { PartnerList } from '../../../shared/schemas/partners.js';
import { ApiError, apiJson, apiVoid, toQueryString } from '../../lib/api.js';
import { toApiError } from '../../components/upload.js';
import { toApiRange } from '../../lib/dates.js';

/** The filters of the list, the summary and the formalism board (the URL search of /activities). */
export interface ActivityFilters {
  q?: string;
  unitId?: string;
  type?: ActivityType;
  from?: string;
  to?: string;
  countryCode?: string;
  region?: Region;
  sector?: Sector;
  province?: string;
  flagged?: 'no_result';
  view?: ActivityView;
}

export const activitiesKey = ['activities'] as const;

export const activityListQuery = (params: ActivityFilters & { page?: number; pageSize?: number }) =>
  queryOptions({
    queryKey: [...activitiesKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/activities${toQueryString(toApiRange(params))}`, ActivityList, { signal }),
    placeholderData: keepPreviousData,
  });

export const activitySummaryQuery = (params: ActivityFilters & { groupBy: (typeof ACTIVITY_GROUPS)[number] }) =>
  queryOptions({
    queryKey: [...activitiesKey, 'summary', params],
    queryFn: ({ signal }) => apiJson(`/activities/summary${toQueryString(toApiRange(params))}`, ActivitySummary, { signal }),
    placeholderData: keepPreviousData,
  });

export const formalismQuery = (params: Pick<ActivityFilters, 'from' | 'to' | 'view' | 'type'>) =>
  queryOptions({
    queryKey: [...activitiesKey, 'formalism', params],
    queryFn: ({ signal }) => apiJson(`/activities/formalism${toQueryString(toApiRange(params))}`, FormalismReport, { signal }),
    placeholderData: keepPreviousData,
  });

export const activityQuery = (activityId: string) =>
  queryOptions({
    queryKey: [...activitiesKey, activityId],
    queryFn: ({ signal }) => apiJson(`/activities/${encodeURIComponent(activityId)}`, Activity, { signal }),
  });

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActivityInput) => apiJson('/activities', Activity, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activitiesKey }),
  });
}

export function useUpdateActivity(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: ActivityUpdate) =>
      apiJson(`/activities/${encodeURIComponent(activityId)}`, Activity, { method: 'PATCH', body: update }),
    onSuccess: (activity) => {
      queryClient.setQueryData(activityQuery(activityId).queryKey, activity);
      return queryClient.invalidateQueries({ queryKey: [...activitiesKey, 'list'] });
    },
  });
}

export function useDeleteActivity(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      apiVoid(`/activities/${encodeURIComponent(activityId)}${toQueryString({ version })}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activitiesKey }),
  });
}

/** For pickers: partners (businesses, organisations) matching a search. */
export const partnerSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['partners', 'search', q],
    queryFn: ({ signal }) => apiJson(`/partners${toQueryString({ q, pageSize: 20 })}`, PartnerList, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** The records an activity can link to; only id and title are read. */
export const LINK_KINDS = ['engagement', 'agreement', 'commitment', 'task', 'supportRequest'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

const LINK_PATHS: Record<LinkKind, string> = {
  engagement: '/engagements',
  agreement: '/agreements',
  commitment: '/commitments',
  task: '/tasks',
  supportRequest: '/support-requests',
};

const LinkTitle = z.union([z.string(), LocalizedName]);
const LinkItem = z.looseObject({ id: z.uuid(), title: LinkTitle });
export type LinkItem = z.infer<typeof LinkItem>;
const LinkList = z.looseObject({ items: z.array(LinkItem) });

export const linkSearchQuery = (kind: LinkKind, q: string) =>
  queryOptions({
    queryKey: ['links', kind, 'search', q],
    queryFn: ({ signal }) => apiJson(`${LINK_PATHS[kind]}${toQueryString({ q, pageSize: 20 })}`, LinkList, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const linkQuery = (kind: LinkKind, id: string) =>
  queryOptions({
    queryKey: ['links', kind, id],
    queryFn: ({ signal }) => apiJson(`${LINK_PATHS[kind]}/${encodeURIComponent(id)}`, LinkItem, { signal }),
    staleTime: 60_000,
  });

/** Where the Excel template of activities is downloaded, in the interface language. */
export const activityTemplateUrl = (language: string) => `/api/v1/imports/templates/activities.xlsx${toQueryString({ language })}`;

