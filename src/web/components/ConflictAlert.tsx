import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown after a 409: someone else saved first and the latest version is now in the form. */
export function ConflictAlert({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <Alert color="orange" variant="light" role="alert" data-testid="conflict" title={t('common.conflict.title')}>
      {t('common.conflict.text')}
    </Alert>
  );
}
