import { Badge, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FIGURE_KEYS, type ChangedRecord, type FigureKey, type Submission } from '../../../../shared/schemas/periods.js';
import { AnchorLink } from '../../../components/links.js';
import { useFormat } from '../../../lib/format.js';
import { drillDown } from '../-api.js';

const CHANGE_COLORS: Record<ChangedRecord['change'], string> = { added: 'teal', removed: 'red', updated: 'blue' };

/**
 * The report's figures. Once submitted: the frozen figure (what HQ reviews and approves) beside the figure the
 * records give now, and the records that moved it since, each linked. Before: the live figures only.
 */
export function SubmissionFigures({ submission }: { submission: Submission }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { snapshot } = submission;
  return (
    <Stack gap="sm">
      {snapshot ? (
        <Text size="sm" c="dimmed" data-testid="snapshot-note">
          {t('periods.snapshot.note', { date: format.dateTime(snapshot.frozenAt) })}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {FIGURE_KEYS.map((key) => (
          <Paper key={key} withBorder radius="md" p="sm" data-testid={`figure-card-${key}`}>
            <Text size="sm" c="dimmed" component="h3" fw={500} m={0}>
              {t(`periods.figures.${key}`)}
            </Text>
            {snapshot ? <FrozenBesideLive submission={submission} figure={key} /> : <LiveCount submission={submission} figure={key} />}
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function LiveCount({ submission, figure, size = 'xl' }: { submission: Submission; figure: FigureKey; size?: 'xl' | 'sm' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { count, href } = submission.figures[figure];
  const link = drillDown(href);
  return (
    <AnchorLink to={link.to} search={link.search} fz={size} fw={700} data-testid={`figure-${figure}`} aria-label={`${t(`periods.figures.${figure}`)}${size === 'sm' ? ` (${t('periods.snapshot.now')})` : ''}: ${format.number(count)}`}>
      {format.number(count)}
    </AnchorLink>
  );
}

function FrozenBesideLive({ submission, figure }: { submission: Submission; figure: FigureKey }) {
  const { t } = useTranslation();
  const format = useFormat();
  const frozen = submission.snapshot!.figures[figure];
  const changes = submission.snapshot!.changes[figure];
  const live = submission.figures[figure].count;
  return (
    <Stack gap={4}>
      <Group gap="xs" align="baseline" wrap="wrap">
        <Text fz="xl" fw={700} data-testid={`frozen-${figure}`} aria-label={`${t('periods.snapshot.submitted')}: ${format.number(frozen.count)}`}>
          {format.number(frozen.count)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('periods.snapshot.submitted')}
        </Text>
      </Group>
      <Group gap={6} wrap="wrap">
        <Text size="sm">{t('periods.snapshot.now')}:</Text>
        <LiveCount submission={submission} figure={figure} size="sm" />
        {live !== frozen.count ? (
          <Badge color={live > frozen.count ? 'teal' : 'red'} variant="light" data-testid={`delta-${figure}`}>
            {live > frozen.count ? '+' : '−'}
            {format.number(Math.abs(live - frozen.count))}
          </Badge>
        ) : null}
      </Group>
      {changes.length > 0 ? (
        <List size="sm" spacing={4} listStyleType="none" ml={0} pl={0} data-testid={`changes-${figure}`} aria-label={t('periods.snapshot.changesOf', { figure: t(`periods.figures.${figure}`) })}>
          {changes.map((record) => (
            <List.Item key={`${record.change}-${record.id}`}>
              <ChangedRecordLine record={record} />
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="xs" c="dimmed">
          {t('periods.snapshot.unchanged')}
        </Text>
      )}
    </Stack>
  );
}

function ChangedRecordLine({ record }: { record: ChangedRecord }) {
  const { t } = useTranslation();
  const name =
    record.type === 'outcome'
      ? [record.outcomeKind ? t(`outcomes.kinds.${record.outcomeKind}`) : null, record.businessName, record.activityTitle].filter(Boolean).join(' · ')
      : (record.activityTitle ?? '');
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Badge size="sm" variant="light" color={CHANGE_COLORS[record.change]} style={{ flexShrink: 0 }}>
        {t(`periods.snapshot.change.${record.change}`)}
      </Badge>
      {record.activityId ? (
        <AnchorLink to="/activities/$activityId" params={{ activityId: record.activityId }} size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {name}
        </AnchorLink>
      ) : (
        <Text size="sm" c="dimmed">
          {t('periods.snapshot.deleted')}
        </Text>
      )}
    </Group>
  );
}
