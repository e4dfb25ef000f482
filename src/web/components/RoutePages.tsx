import { Button, Stack, Text } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { AnchorLink } from './links.js';
import { useTranslation } from 'react-i18next';
import { Page } from './Page.js';
import { ErrorState } from './QueryState.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.notFoundTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text>{t('errors.notFoundText')}</Text>
        <AnchorLink to="/">
          {t('errors.goHome')}
        </AnchorLink>
      </Stack>
    </Page>
  );
}

export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.title')}>
      <ErrorState error={error} />
      <Button variant="default" onClick={reset} w="fit-content">
        {t('common.retry')}
      </Button>
    </Page>
  );
}
