import { Button, NativeSelect, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SOURCE_DOCUMENT_KINDS } from '../../../shared/schemas/source-documents.js';
import { DataTable } from '../../components/DataTable.js';
import { countActiveFilters, FilterBar, SearchFilter } from '../../components/filters.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { PagedList } from '../../components/PagedList.js';
import { useFormat } from '../../lib/format.js';
import { optionalEnum } from '../../lib/search.js';
import { sourceDocumentListQuery, type SourceDocumentListParams } from './-api.js';
import { SourceDocumentFormModal } from './-components/SourceDocumentFormModal.js';

const PAGE_SIZE = 50;
type Filters = Omit<SourceDocumentListParams, 'page' | 'pageSize'>;

interface SourceDocumentsPageProps {
  filters: Filters;
  page: number;
  onFiltersChange: (values: Partial<Filters>) => void;
  onPageChange: (page: number) => void;
}

export function SourceDocumentsPage({ filters, page, onFiltersChange, onPageChange }: SourceDocumentsPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const canCreate = useCan('sourceDocuments.create');
  const [creating, createModal] = useDisclosure(false);
  const query = useQuery(sourceDocumentListQuery({ ...filters, page, pageSize: PAGE_SIZE }));
  return (
    <Page
      title={t('sourceDocuments.list.title')}
      subtitle={t('sourceDocuments.list.subtitle')}
      actions={
        canCreate ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
            {t('sourceDocuments.create.open')}
          </Button>
        ) : null
      }
    >
      <FilterBar label={t('sourceDocuments.list.filters')} active={countActiveFilters(filters)}>
        <SearchFilter value={filters.q} onChange={(q) => onFiltersChange({ q })} />
        <NativeSelect
          label={t('sourceDocuments.fields.kind')}
          value={filters.kind ?? ''}
          onChange={(event) => onFiltersChange({ kind: optionalEnum(SOURCE_DOCUMENT_KINDS, event.currentTarget.value) })}
          data={[{ value: '', label: t('common.all') }, ...SOURCE_DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`sourceDocuments.kinds.${kind}`) }))]}
          w={{ base: '100%', xs: 260 }}
        />
      </FilterBar>
      <PagedList query={query} page={page} onPageChange={onPageChange}>
        {(data) => (
          <DataTable
            items={data.items}
            testId="source-document-table"
            empty={t('sourceDocuments.list.empty')}
            minWidth={640}
            columns={[{ label: t('sourceDocuments.fields.title') }, { label: t('sourceDocuments.fields.kind') }, { label: t('sourceDocuments.fields.number') }, { label: t('sourceDocuments.fields.issuedDate') }]}
            row={(d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <AnchorLink to="/source-documents/$sourceDocumentId" params={{ sourceDocumentId: d.id }} fw={500}>
                    {format.name(d.title)}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {d.issuer}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`sourceDocuments.kinds.${d.kind}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.number ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(d.issuedDate)}</Table.Td>
              </Table.Tr>
            )}
          />
        )}
      </PagedList>
      <SourceDocumentFormModal opened={creating} onClose={createModal.close} />
    </Page>
  );
}
