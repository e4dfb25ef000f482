import { Alert, Button, Code, CopyButton, Group, Stack } from '@mantine/core';
import { AppModal } from '../../../components/AppModal.js';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shows a freshly created token; it cannot be read again after this closes. */
export function NewTokenModal({ token, onClose }: { token: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={token !== null} onClose={onClose} title={t('account.tokens.createdTitle')} size="lg">
      {token ? (
        <Stack gap="sm">
          <Alert color="orange" variant="light">
            {t('account.tokens.createdWarning')}
          </Alert>
          <Code block data-testid="new-token" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {token}
          </Code>
          <Group justify="space-between">
            <CopyButton value={token}>
              {({ copied, copy }) => (
                <Button
                  onClick={copy}
                  variant={copied ? 'light' : 'filled'}
                  color={copied ? 'green' : undefined}
                  leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                >
                  {copied ? t('account.tokens.copied') : t('account.tokens.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              {t('account.tokens.done')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </AppModal>
  );
}
