import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/schemas/users.js';
import { Page } from '../../components/Page.js';
import { userListQuery } from './-api.js';
import { ResetPasswordModal } from './-components/ResetPasswordModal.js';
import { UserCreateModal } from './-components/UserCreateModal.js';
import { UserEditModal } from './-components/UserEditModal.js';
import { UserFilters, type UserFilterValues } from './-components/UserFilters.js';
import { UserTable } from './-components/UserTable.js';
import { PagedList } from '../../components/PagedList.js';

const PAGE_SIZE = 50;

interface UsersPageProps {
  filters: UserFilterValues;
  page: number;
  onFiltersChange: (values: Partial<UserFilterValues>) => void;
  onPageChange: (page: number) => void;
}

export function UsersPage({ filters, page, onFiltersChange, onPageChange }: UsersPageProps) {
  const { t } = useTranslation();
  const [creating, createModal] = useDisclosure(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const query = useQuery(userListQuery({ ...filters, page, pageSize: PAGE_SIZE }));

  return (
    <Page
      title={t('users.list.title')}
      actions={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
          {t('users.create.open')}
        </Button>
      }
    >
      <UserFilters values={filters} onChange={onFiltersChange} />
      <PagedList query={query} page={page} onPageChange={onPageChange}>
        {(data) => <UserTable users={data.items} onEdit={(user) => setEditingId(user.id)} onResetPassword={setResetting} />}
      </PagedList>
      <UserCreateModal opened={creating} onClose={createModal.close} />
      <UserEditModal userId={editingId} onClose={() => setEditingId(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Page>
  );
}
