import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../../shared/schemas/periods.js';
import { FormError } from '../../components/FormError.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { errorMessage } from '../../lib/errors.js';
import { reportListQuery, useCreateReport } from './-api.js';
import { ReportStatusBadge } from './ReportsPage.js';

/** The report period of a reporting period: 2025-H1, 2025; none for a quarter. */
const reportPeriodOf = (period: { kind: PeriodKind; year: number; index: number }) =>
  period.kind === 'half_year' ? `${period.year}-H${period.index}` : period.kind === 'year' ? String(period.year) : null;

/**
 * A unit's report for a reporting period, beside its submission: the unit prepares it from its own records (its
 * figures filled in from the indicators), writes the narrative on the report's page; HQ opens it from here.
 */
export function UnitReportSection({ unitId, period }: { unitId: string; period: { kind: PeriodKind; year: number; index: number } }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('reports.write');
  const label = reportPeriodOf(period);
  const reports = useQuery({ ...reportListQuery({ template: 'unit_report', unitId, period: label ?? '' }), enabled: label !== null });
  const create = useCreateReport();
  if (!label) return null;
  const prepare = () =>
    create.mutate(
      { template: 'unit_report', unitId, period: label, language: i18n.language === 'en' ? 'en' : 'vi' },
      { onSuccess: (created) => void navigate({ to: '/reports/$reportId', params: { reportId: created.id } }) },
    );
  return (
    <Section title={t('reports.unitReport.title')} testId="unit-report">
      {reports.isPending ? (
        <Loading lines={2} />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
      ) : (
        <Stack gap="xs">
          <FormError message={create.isError ? errorMessage(t, create.error) : null} />
          {reports.data.items.length === 0 ? <Text c="dimmed">{t('reports.unitReport.none')}</Text> : null}
          {reports.data.items.map((report) => (
            <Group key={report.id} gap="xs" wrap="nowrap">
              <IconFileText size={18} aria-hidden style={{ flexShrink: 0 }} />
              <AnchorLink to="/reports/$reportId" params={{ reportId: report.id }} data-testid="unit-report-open">
                {report.title}
              </AnchorLink>
              <ReportStatusBadge status={report.status} />
            </Group>
          ))}
          {canWrite ? (
            <Group gap="sm">
              <Button variant="default" onClick={prepare} loading={create.isPending} data-testid="unit-report-prepare">
                {t('reports.unitReport.prepare')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('reports.unitReport.hint')}
              </Text>
            </Group>
          ) : null}
        </Stack>
      )}
    </Section>
  );
}
