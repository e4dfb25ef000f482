import { Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { AppModal } from '../../../components/AppModal.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../../shared/schemas/auth.js';
import { notifyError } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useFormat } from '../../../lib/format.js';
import { useRevokeToken } from '../-api.js';
import { DataTable } from '../../../components/DataTable.js';

export function TokenTable({ tokens }: { tokens: ApiToken[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  return (
    <>
      <DataTable
        items={tokens}
        columns={[
          { label: t('account.tokens.name') },
          { label: t('account.tokens.prefix') },
          { label: t('account.tokens.createdAt') },
          { label: t('account.tokens.lastUsedAt') },
          { label: t('account.tokens.expiresAt') },
          { label: t('common.actions'), hidden: true },
        ]}
        row={(token) => (
          <Table.Tr key={token.id}>
            <Table.Td>{token.name}</Table.Td>
            <Table.Td>
              <Code>{token.prefix}…</Code>
            </Table.Td>
            <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
            <Table.Td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('account.tokens.neverUsed')}</Table.Td>
            <Table.Td>{token.expiresAt ? format.dateTime(token.expiresAt) : t('account.tokens.noExpiry')}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                color="red"
                variant="light"
                onClick={() => setRevoking(token)}
                aria-label={t('account.tokens.revokeNamed', { name: token.name })}
              >
                {t('account.tokens.revoke')}
              </Button>
            </Table.Td>
          </Table.Tr>
        )}
        empty={t('account.tokens.empty')}
        minWidth={680}
        testId="token-table"
        striped={false}
      />
      <RevokeModal token={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}

function RevokeModal({ token, onClose }: { token: ApiToken | null; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeToken();
  const confirm = () => {
    if (!token) return;
    revoke.mutate(token.id, {
      onSuccess: () => {
        notifySuccess(t, t('account.tokens.revoked', { name: token.name }));
        onClose();
      },
      onError: (error) => notifyError(t, error),
    });
  };
  return (
    <AppModal opened={token !== null} onClose={onClose} title={t('account.tokens.revokeTitle')}>
      <Stack gap="md">
        <Text>{t('account.tokens.revokeConfirm', { name: token?.name ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={revoke.isPending}>
            {t('account.tokens.revoke')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
