import { Button, Group, NativeSelect, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORT_REQUEST_STATUSES } from '../../../shared/schemas/support-requests.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { useFormat } from '../../lib/format.js';
import { optionalEnum } from '../../lib/search.js';
import { supportRequestListQuery, type SupportRequestListParams, requesterName } from './-api.js';
import { SupportRequestCreateModal } from './-components/SupportRequestCreateModal.js';
import { SupportStatusBadge } from './-components/SupportStatusBadge.js';
import { DataTable } from '../../components/DataTable.js';
import { PagedList } from '../../components/PagedList.js';

type Filters = Pick<SupportRequestListParams, 'status' | 'direction'>;

interface Props {
  filters: Filters;
  page: number;
  onFiltersChange: (values: Partial<Filters>) => void;
  onPageChange: (page: number) => void;
}

export function SupportRequestsPage({ filters, page, onFiltersChange, onPageChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const directionLabel = useId();
  const canCreate = useCan('supportRequests.create');
  const [creating, createModal] = useDisclosure(false);
  const query = useQuery(supportRequestListQuery({ ...filters, page, pageSize: 50 }));

  return (
    <Page
      title={t('supportRequests.list.title')}
      subtitle={t('supportRequests.list.subtitle')}
      actions={
        canCreate ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
            {t('supportRequests.create.open')}
          </Button>
        ) : null
      }
    >
      <Group align="flex-end" gap="sm" role="search" aria-label={t('supportRequests.list.filters')}>
        <Stack gap={4}>
          <Text size="sm" fw={500} id={directionLabel}>
            {t('supportRequests.list.direction')}
          </Text>
          <SegmentedControl
            aria-labelledby={directionLabel}
            value={filters.direction ?? ''}
            onChange={(value) => onFiltersChange({ direction: optionalEnum(['sent', 'received'] as const, value) })}
            data={[
              { value: '', label: t('supportRequests.list.all') },
              { value: 'received', label: t('supportRequests.list.received') },
              { value: 'sent', label: t('supportRequests.list.sent') },
            ]}
          />
        </Stack>
        <NativeSelect
          label={t('supportRequests.fields.status')}
          value={filters.status ?? ''}
          onChange={(event) => onFiltersChange({ status: optionalEnum(SUPPORT_REQUEST_STATUSES, event.currentTarget.value) })}
          data={[{ value: '', label: t('supportRequests.list.allStatuses') }, ...SUPPORT_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`supportRequests.status.${s}`) }))]}
          w={{ base: '100%', xs: 200 }}
        />
      </Group>
      <PagedList query={query} page={page} onPageChange={onPageChange} exportAs={{ list: 'support-requests', filters }} loadingLines={6}>
        {(data) => (
          <DataTable
            items={data.items}
            columns={[
              { label: t('supportRequests.fields.title') },
              { label: t('supportRequests.fields.requestingUnit') },
              { label: t('supportRequests.fields.targetUnit') },
              { label: t('supportRequests.fields.needed') },
              { label: t('supportRequests.fields.status') },
            ]}
            row={(request) => (
              <Table.Tr key={request.id}>
                <Table.Td>
                  <AnchorLink to="/support-requests/$requestId" params={{ requestId: request.id }} fw={500} size="sm">
                    {request.title}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{format.name(requesterName(request))}</Table.Td>
                <Table.Td>{format.name(request.targetUnit.name)}</Table.Td>
                <Table.Td>
                  {request.neededFrom ? format.date(request.neededFrom) : '…'} – {request.neededTo ? format.date(request.neededTo) : '…'}
                </Table.Td>
                <Table.Td>
                  <SupportStatusBadge status={request.status} />
                </Table.Td>
              </Table.Tr>
            )}
            empty={t('supportRequests.list.empty')}
            minWidth={640}
            testId="support-table"
          />
        )}
      </PagedList>
      <SupportRequestCreateModal opened={creating} onClose={createModal.close} />
    </Page>
  );
}
