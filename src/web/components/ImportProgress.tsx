import { Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * While an Excel import runs on the server (one request): an indeterminate progress bar with what is happening and
 * for how long. The server answers only at the end, so there is no row count to show; the bar has no `aria-valuenow`.
 */
export function ImportProgress({ dryRun }: { dryRun: boolean }) {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  const label = t(dryRun ? 'imports.progress.checking' : 'imports.progress.importing');
  const elapsed = t('imports.progress.elapsed', { seconds });
  return (
    <Stack gap={4} role="progressbar" aria-label={label} aria-valuetext={`${label} ${elapsed}`} aria-busy data-testid="import-progress">
      <Text size="sm">
        {label} <Text span c="dimmed">({elapsed})</Text>
      </Text>
      <Progress.Root size="sm" aria-hidden>
        <Progress.Section value={100} animated striped />
      </Progress.Root>
      <Text size="xs" c="dimmed">
        {t('imports.progress.hint')}
      </Text>
    </Stack>
  );
}
