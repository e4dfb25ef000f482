import { queryOptions } from '@tanstack/react-query';
import { DatasetCatalogue, PublicAgreements } from '../../../shared/schemas/open-data.js';
import { apiJson } from '../../lib/api.js';

export const datasetsQuery = queryOptions({
  queryKey: ['public', 'datasets'],
  queryFn: ({ signal }) => apiJson('/public/datasets', DatasetCatalogue, { signal }),
});

export const publicAgreementsQuery = queryOptions({
  queryKey: ['public', 'agreements'],
  queryFn: ({ signal }) => apiJson('/public/datasets/agreements.json', PublicAgreements, { signal }),
});
