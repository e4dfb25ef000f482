import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Facts } from '../../components/Facts.js';
import { useMe } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { useFormat } from '../../lib/format.js';
import { notificationPreferencesQuery, tokensQuery } from './-api.js';
import { ChangePasswordForm } from './-components/ChangePasswordForm.js';
import { CreateTokenForm } from './-components/CreateTokenForm.js';
import { NewTokenModal } from './-components/NewTokenModal.js';
import { NotificationPreferencesForm } from './-components/NotificationPreferencesForm.js';
import { TokenTable } from './-components/TokenTable.js';

export function AccountPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useMe();
  return (
    <Page title={t('account.title')}>
      <Section title={t('account.profile.title')}>
        <Facts
          items={[
            { label: t('users.fields.name'), value: user.name },
            { label: t('users.fields.email'), value: user.email },
            { label: t('users.fields.role'), value: t(`roles.${user.role}`) },
            { label: t('users.fields.unit'), value: user.unit ? format.name(user.unit.name) : '—' },
          ]}
        />
      </Section>
      <Section title={t('account.password.title')}>
        <ChangePasswordForm />
      </Section>
      <Section title={t('account.notifications.title')}>
        <NotificationPreferences />
      </Section>
      <Section title={t('account.tokens.title')}>
        <ApiTokens />
      </Section>
    </Page>
  );
}

function NotificationPreferences() {
  const preferences = useQuery(notificationPreferencesQuery);
  if (preferences.isPending) return <Loading lines={6} />;
  if (preferences.isError) return <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />;
  return <NotificationPreferencesForm saved={preferences.data} />;
}

function ApiTokens() {
  const { t } = useTranslation();
  const tokens = useQuery(tokensQuery);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('account.tokens.intro')}
      </Text>
      <CreateTokenForm onCreated={(token) => setCreated(token)} />
      {tokens.isPending ? (
        <Loading lines={3} />
      ) : tokens.isError ? (
        <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : (
        <TokenTable tokens={tokens.data} />
      )}
      <NewTokenModal token={created} onClose={() => setCreated(null)} />
    </Stack>
  );
}
