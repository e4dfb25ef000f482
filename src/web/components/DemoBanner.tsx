import { Alert, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { demoDataQuery } from '../routes/auth/-api.js';

/** Says on every page that the data loaded is partly invented; nothing at all on a database without demo data. */
export function DemoBanner() {
  const { t } = useTranslation();
  const { data: demoData } = useQuery(demoDataQuery);
  if (demoData !== true) return null;
  return (
    <Alert role="note" color="yellow" variant="light" radius={0} py={6} px="md" data-testid="demo-banner" aria-label={t('shell.demoBanner.title')}>
      <Text size="sm">
        <Text span fw={700}>
          {t('shell.demoBanner.title')}
        </Text>
        {' · '}
        {t('shell.demoBanner.body')}
      </Text>
    </Alert>
  );
}
