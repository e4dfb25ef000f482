import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { BusinessOutcomeList, type CompanyProfileUpdate } from '../../../shared/schemas/business.js';
import { Partner } from '../../../shared/schemas/partners.js';
import { apiJson, toQueryString } from '../../lib/api.js';

export const workspaceKey = ['workspace'] as const;

export const businessOutcomesQuery = (params: { pending?: 'true'; page?: number; pageSize?: number }) =>
  queryOptions({
    queryKey: [...workspaceKey, 'outcomes', params],
    queryFn: ({ signal }) => apiJson(`/business/outcomes${toQueryString({ ...params })}`, BusinessOutcomeList, { signal }),
    placeholderData: keepPreviousData,
  });

export const companyQuery = queryOptions({
  queryKey: [...workspaceKey, 'company'],
  queryFn: ({ signal }) => apiJson('/business/company', Partner, { signal }),
});

export function useUpdateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompanyProfileUpdate) => apiJson('/business/company', Partner, { method: 'PATCH', body: input }),
    onSuccess: (company) => queryClient.setQueryData(companyQuery.queryKey, company),
  });
}
