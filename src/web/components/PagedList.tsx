import { Group, Paper, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ExportMenu, type ExportTarget } from './ExportMenu.js';
import { Pager } from './Pager.js';
import { ErrorState, Loading } from './QueryState.js';

interface Paged {
  total: number;
  pageSize: number;
}

interface PagedListProps<T extends Paged> {
  query: UseQueryResult<T>;
  page: number;
  onPageChange: (page: number) => void;
  /** The rows (a table, cards, or an empty text). */
  children: (data: T) => ReactNode;
  loadingLines?: number;
  /** Offer the list, with its filters, as a CSV or XLSX file. */
  exportAs?: ExportTarget;
}

/**
 * A list page's results: loading lines, the error with a retry, then the rows and the pager; while the
 * next page loads the previous one stays, dimmed and marked busy.
 */
export function PagedList<T extends Paged>({ query, page, onPageChange, children, loadingLines = 8, exportAs }: PagedListProps<T>) {
  return (
    <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
      {query.isPending ? (
        <Loading lines={loadingLines} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
          {exportAs && query.data.total > 0 && (
            <Group justify="flex-end">
              <ExportMenu {...exportAs} />
            </Group>
          )}
          {children(query.data)}
          <Pager page={page} pageSize={query.data.pageSize} total={query.data.total} onChange={onPageChange} />
        </Stack>
      )}
    </Paper>
  );
}
