import { Badge, Button, Group, NativeSelect, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_SUBJECTS, REPORT_TEMPLATES, type ReportInput, type ReportLanguage, type ReportStatus, type ReportTemplate } from '../../../shared/schemas/reports.js';
import { AppModal } from '../../components/AppModal.js';
import { FormError } from '../../components/FormError.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { useCan, useMe } from '../../components/me-context.js';
import { OrgUnitPicker } from '../../components/OrgUnitPicker.js';
import { CountrySelect } from '../../components/pickers.js';
import { Page } from '../../components/Page.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { isApiError } from '../../lib/api.js';
import { errorMessage } from '../../lib/errors.js';
import { todayIso, useFormat } from '../../lib/format.js';
import { reportListQuery, reportQuery, useCreateReport } from './-api.js';

// Light badges in these colours keep 4.5:1 (see theme.ts): no green, orange or yellow.
const STATUS_COLOR: Record<ReportStatus, string> = { generating: 'blue', failed: 'red', draft: 'gray', reviewed: 'indigo', issued: 'teal' };

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" radius="sm" tt="none" maw="none" data-testid="report-status">
      {t(`reports.status.${status}`)}
    </Badge>
  );
}

export function ReportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const canWrite = useCan('reports.write');
  const [creating, createModal] = useDisclosure(false);
  const query = useQuery(reportListQuery());

  return (
    <Page
      title={t('reports.list.title')}
      subtitle={t('reports.list.subtitle')}
      actions={
        canWrite ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open} data-testid="report-create">
            {t('reports.create.open')}
          </Button>
        ) : null
      }
    >
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {query.isPending ? (
          <Loading lines={6} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.items.length === 0 ? (
          <Text c="dimmed">{t('reports.list.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="xs" data-testid="report-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.fields.title')}</Table.Th>
                  <Table.Th>{t('reports.fields.period')}</Table.Th>
                  <Table.Th>{t('reports.fields.language')}</Table.Th>
                  <Table.Th>{t('reports.fields.status')}</Table.Th>
                  <Table.Th>{t('reports.fields.created')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((report) => (
                  <Table.Tr key={report.id}>
                    <Table.Td>
                      <AnchorLink to="/reports/$reportId" params={{ reportId: report.id }} fw={500}>
                        {report.title}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{report.period.label}</Table.Td>
                    <Table.Td>{t(`reports.languages.${report.language}`)}</Table.Td>
                    <Table.Td>
                      {report.status === 'generating' ? (
                        <Progress value={report.progress} size="lg" aria-label={t('reports.progress', { progress: report.progress })} miw={80} />
                      ) : (
                        <ReportStatusBadge status={report.status} />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {format.dateTime(report.createdAt)}
                      {report.createdBy ? ` · ${report.createdBy.name}` : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {creating ? <CreateReportModal onClose={createModal.close} /> : null}
    </Page>
  );
}

/** The periods a report may cover: the halves and years of the last three years that have started. */
function periodOptions(today: string) {
  const year = Number(today.slice(0, 4));
  const options: string[] = [];
  for (let y = year; y >= year - 3; y -= 1) {
    if (`${y}-07-01` <= today) options.push(`${y}-H2`);
    options.push(`${y}-H1`, String(y));
  }
  return options;
}

/**
 * HQ picks any template (a unit report names its unit, a country brief its country); a unit's editor generates
 * its own unit's report, whose figures come from the unit's records.
 */
function CreateReportModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const canManage = useCan('reports.manage');
  const create = useCreateReport();
  const options = periodOptions(todayIso());
  const [template, setTemplate] = useState<ReportTemplate>(canManage ? 'national_summary' : 'unit_report');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [countryCode, setCountryCode] = useState<string | null>(null);
  const [period, setPeriod] = useState(options.find((p) => p.endsWith('-H1') && p < todayIso().slice(0, 4)) ?? options[0]!);
  const [language, setLanguage] = useState<ReportLanguage>(i18n.language === 'en' ? 'en' : 'vi');
  const [reportId, setReportId] = useState<string | null>(null);
  const report = useQuery({ ...reportQuery(reportId ?? ''), enabled: reportId !== null });
  const progress = report.data?.progress ?? 0;
  const done = report.data !== undefined && report.data.status !== 'generating';
  const subject = REPORT_SUBJECTS[template];
  const input: ReportInput = {
    template,
    period,
    language,
    ...(subject === 'unit' && canManage && unitId ? { unitId } : {}),
    ...(subject === 'country' && countryCode ? { countryCode } : {}),
  };
  const fieldError = (field: string) => (create.error && isApiError(create.error, 'invalid') ? create.error.fields[field] : undefined);

  return (
    <AppModal opened onClose={onClose} title={t('reports.create.title')}>
      {reportId === null ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(input, { onSuccess: (created) => setReportId(created.id) });
          }}
        >
          <Stack gap="sm">
            <FormError message={create.isError ? errorMessage(t, create.error) : null} />
            {canManage ? (
              <NativeSelect
                label={t('reports.fields.template')}
                data={REPORT_TEMPLATES.map((value) => ({ value, label: t(`reports.templates.${value}`) }))}
                value={template}
                onChange={(e) => setTemplate(e.currentTarget.value as ReportTemplate)}
                data-testid="report-template"
              />
            ) : (
              <Text size="sm">{t('reports.create.ownUnit', { unit: me.user.unit ? format.name(me.user.unit.name) : '' })}</Text>
            )}
            {subject === 'unit' && canManage ? <OrgUnitPicker label={t('reports.fields.unit')} required value={unitId} onChange={setUnitId} error={fieldError('unitId')} data-testid="report-unit" /> : null}
            {subject === 'country' ? <CountrySelect label={t('reports.fields.country')} required value={countryCode} onChange={setCountryCode} error={fieldError('countryCode')} data-testid="report-country" /> : null}
            <NativeSelect label={t('reports.fields.period')} data={options.map((value) => ({ value, label: value }))} value={period} onChange={(e) => setPeriod(e.currentTarget.value)} />
            <NativeSelect
              label={t('reports.fields.language')}
              data={(['vi', 'en'] as const).map((value) => ({ value, label: t(`reports.languages.${value}`) }))}
              value={language}
              onChange={(e) => setLanguage(e.currentTarget.value as ReportLanguage)}
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('reports.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{done ? t(report.data.status === 'failed' ? 'reports.create.failed' : 'reports.create.done') : t('reports.create.generating')}</Text>
          <Progress value={progress} size="xl" animated={!done} aria-label={t('reports.progress', { progress })} data-testid="report-progress" />
          <Text size="sm" c="dimmed">
            {t('reports.progress', { progress })}
          </Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <ButtonLink to="/reports/$reportId" params={{ reportId }} disabled={!done} data-testid="report-open">
              {t('reports.create.openReport')}
            </ButtonLink>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
