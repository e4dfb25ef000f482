import { Group, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFinished, type ImportRun } from '../../shared/schemas/imports.js';
import { useFormat } from '../lib/format.js';

type Stage = 'uploading' | 'queued' | 'reading' | 'checking' | 'writing' | 'finished';

function stageOf(run: ImportRun | null, dryRun: boolean): Stage {
  if (!run) return 'uploading';
  if (isFinished(run.state)) return 'finished';
  if (run.state === 'queued') return 'queued';
  const { read, validated } = run.progress;
  if (validated === 0) return 'reading';
  return validated < read || dryRun ? 'checking' : 'writing';
}

/**
 * Share of the work done: rows read count once the sheet is read (the total is known only then); after that, checking
 * every row is the first half of an import and writing them the second (a dry run only checks).
 */
function percentOf(run: ImportRun | null, dryRun: boolean): number {
  if (run && isFinished(run.state)) return 100;
  if (!run || run.progress.read === 0) return 0;
  const { read, validated, written } = run.progress;
  const done = dryRun ? validated / read : (validated + written) / (2 * read);
  return Math.min(100, Math.round(done * 100));
}

/**
 * While an uploaded Excel import runs on the server: a determinate progress bar, the rows read, validated and written
 * so far, and the time since the upload; once it has finished, the final counts and how long it took. The stage is
 * announced to screen readers as it changes, not every count.
 */
export function ImportProgress({ run, dryRun }: { run: ImportRun | null; dryRun: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  const stage = stageOf(run, dryRun);
  const took = run?.finishedAt ? Math.round((Date.parse(run.finishedAt) - Date.parse(run.createdAt)) / 1000) : null;
  const percent = percentOf(run, dryRun);
  const label = t(`imports.progress.${stage}`);
  const counts = run?.progress ?? { read: 0, validated: 0, written: 0 };
  const counters = t(dryRun ? 'imports.progress.countersDry' : 'imports.progress.counters', { read: format.number(counts.read), validated: format.number(counts.validated), written: format.number(counts.written) });
  const elapsed = t('imports.progress.elapsed', { seconds: took ?? seconds });
  return (
    <Stack gap={4} data-testid="import-progress">
      <VisuallyHidden aria-live="polite" role="status">
        {label}
      </VisuallyHidden>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" aria-hidden>
          {label}
        </Text>
        <Text size="sm" c="dimmed" aria-hidden>
          {elapsed}
        </Text>
      </Group>
      <Progress.Root size="md">
        <Progress.Section
          value={percent}
          animated={stage !== 'queued' && stage !== 'finished'}
          withAria={false}
          role="progressbar"
          aria-label={t('imports.progress.label')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}% · ${counters} · ${elapsed}`}
          data-testid="import-progressbar"
        />
      </Progress.Root>
      <Text size="sm" data-testid="import-counters">
        {counters}
      </Text>
      {stage === 'finished' ? null : (
        <Text size="xs" c="dimmed">
          {t('imports.progress.hint')}
        </Text>
      )}
    </Stack>
  );
}
