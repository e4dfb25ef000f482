import { ActionIcon, Code, SimpleGrid, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { LinkProps } from '@tanstack/react-router';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/schemas/audit.js';
import { AnchorLink } from '../../../components/links.js';
import { useFormat } from '../../../lib/format.js';

const COLUMNS = 5;

function EntityCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const type = t(`audit.entities.${entry.entity}`, { defaultValue: entry.entity });
  const record = entry.record;
  return (
    <>
      <Text size="xs" c="dimmed">
        {type}
      </Text>
      {record?.path ? (
        <AnchorLink to={record.path as LinkProps['to']} size="sm">
          {format.name(record.name)}
        </AnchorLink>
      ) : record ? (
        <Text size="sm">{format.name(record.name)}</Text>
      ) : null}
    </>
  );
}

function ActorCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.actor) {
    return (
      <>
        <Text size="sm">{entry.actor.name}</Text>
        <Text size="xs" c="dimmed">
          {entry.actor.email}
        </Text>
      </>
    );
  }
  if (entry.business) {
    return (
      <>
        <Text size="sm">{entry.business}</Text>
        <Text size="xs" c="dimmed">
          {t('audit.list.business')}
        </Text>
      </>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      {t('audit.list.system')}
    </Text>
  );
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">
          {t('audit.detail.empty')}
        </Text>
      ) : (
        <Code block className="json-block">
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </div>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<string | null>(null);
  if (entries.length === 0) return <Text c="dimmed">{t('audit.list.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('audit.detail.toggleColumn')}</span>
            </Table.Th>
            <Table.Th scope="col">{t('audit.fields.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.fields.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.fields.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.fields.entity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const expanded = open === entry.id;
            const detailId = `audit-detail-${entry.id}`;
            return (
              <Fragment key={entry.id}>
                <Table.Tr>
                  <Table.Td w={40}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => setOpen(expanded ? null : entry.id)}
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailId : undefined}
                      aria-label={t(expanded ? 'audit.detail.hide' : 'audit.detail.show')}
                    >
                      {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
                  <Table.Td>
                    <ActorCell entry={entry} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" title={entry.action} data-action={entry.action}>
                      {t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <EntityCell entry={entry} />
                  </Table.Td>
                </Table.Tr>
                {expanded ? (
                  <Table.Tr id={detailId}>
                    <Table.Td colSpan={COLUMNS}>
                      <SimpleGrid cols={{ base: 1, md: 2 }}>
                        <JsonBlock label={t('audit.detail.before')} value={entry.before} />
                        <JsonBlock label={t('audit.detail.after')} value={entry.after} />
                      </SimpleGrid>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
