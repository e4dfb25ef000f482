import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconKey, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/schemas/users.js';
import { useFormat } from '../../../lib/format.js';
import { DataTable } from '../../../components/DataTable.js';

interface UserTableProps {
  users: User[];
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UserTable({ users, onEdit, onResetPassword }: UserTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      items={users}
      columns={[
        { label: t('users.fields.name') },
        { label: t('users.fields.role') },
        { label: t('users.fields.unit') },
        { label: t('users.fields.status') },
        { label: t('users.fields.lastLogin') },
        { label: t('common.actions'), hidden: true },
      ]}
      row={(user) => (
        <Table.Tr key={user.id} data-testid={`user-row-${user.email}`}>
          <Table.Td>
            <Text fw={500} size="sm">
              {user.name}
            </Text>
            <Text size="xs" c="dimmed">
              {user.email}
            </Text>
          </Table.Td>
          <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
          <Table.Td>{user.unit ? format.name(user.unit.name) : '—'}</Table.Td>
          <Table.Td>
            <Badge color={user.active ? 'teal' : 'gray'} variant="light" radius="sm" tt="none" maw="none">
              {t(user.active ? 'users.status.active' : 'users.status.inactive')}
            </Badge>
          </Table.Td>
          <Table.Td>{user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('users.list.never')}</Table.Td>
          <Table.Td>
            <Group gap={4} wrap="nowrap" justify="flex-end">
              <Tooltip label={t('users.edit.title')}>
                <ActionIcon variant="subtle" onClick={() => onEdit(user)} aria-label={t('users.edit.titleFor', { name: user.name })}>
                  <IconPencil size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('users.resetPassword.title')}>
                <ActionIcon
                  variant="subtle"
                  onClick={() => onResetPassword(user)}
                  aria-label={t('users.resetPassword.titleFor', { name: user.name })}
                >
                  <IconKey size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Table.Td>
        </Table.Tr>
      )}
      empty={t('users.list.empty')}
      minWidth={820}
      testId="user-table"
    />
  );
}
