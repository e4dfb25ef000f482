import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiJson } from './api.js';

const Health = z.object({ status: z.string(), database: z.string(), version: z.string() });

export const healthQuery = queryOptions({
  queryKey: ['health'],
  queryFn: ({ signal }) => apiJson('/health', Health, { signal }),
  staleTime: Infinity,
});
