import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconKey, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/schemas/users.js';
import { useFormat } from '../../../lib/format.js';

interface UserTableProps {
  users: User[];
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UserTable({ users, onEdit, onResetPassword }: UserTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (users.length === 0) return <Text c="dimmed">{t('users.list.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="user-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.role')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.unit')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.lastLogin')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
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
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
