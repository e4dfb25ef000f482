import { Button, Stack } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HISTORY_ENTITIES } from '../../shared/schemas/audit.js';
import { recordHistoryQuery } from '../routes/audit/-api.js';
import { AuditTable } from '../routes/audit/-components/AuditTable.js';
import { useCan } from './me-context.js';
import { Pager } from './Pager.js';
import { ErrorState, Loading } from './QueryState.js';
import { Section } from './Section.js';

/** Who changed what on this record and when, before and after, loaded when the reader asks for it. */
export function RecordHistory({ entity, entityId }: { entity: (typeof HISTORY_ENTITIES)[number]; entityId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(1);
  const canRead = useCan('history.read');
  const query = useQuery({ ...recordHistoryQuery(entity, entityId, page), enabled: open && canRead });
  if (!canRead) return null;
  return (
    <Section title={t('audit.history.title')} testId="record-history">
      {!open ? (
        <Button variant="default" leftSection={<IconHistory size={16} aria-hidden />} onClick={() => setOpen(true)} w="fit-content">
          {t('audit.history.show')}
        </Button>
      ) : query.isPending ? (
        <Loading lines={3} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="xs">
          <AuditTable entries={query.data.items} />
          <Pager page={page} pageSize={query.data.pageSize} total={query.data.total} onChange={setPage} />
        </Stack>
      )}
    </Section>
  );
}
