import { Alert, Badge, Button, Group, Menu, Paper, Progress, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, ReportFigure, ReportSection } from '../../../shared/schemas/reports.js';
import { AppModal } from '../../components/AppModal.js';
import { ConflictAlert } from '../../components/ConflictAlert.js';
import { FormError } from '../../components/FormError.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { ApiError, apiFile, isApiError, saveFile } from '../../lib/api.js';
import { notify, notifySuccess } from '../../lib/notify.js';
import { errorMessage, notifyError } from '../../lib/errors.js';
import { makeFormatters, useFormat } from '../../lib/format.js';
import { reportChangesQuery, reportQuery, useRegenerate, useReturnToDraft, useTransition, useUpdateNarrative } from './-api.js';
import { ReportStatusBadge } from './ReportsPage.js';

/** A figure's value in the report's language (vi 31,4 — en 31.4), with its unit. */
function useFigureText(language: 'vi' | 'en') {
  const { t } = useTranslation();
  const format = makeFormatters(language);
  return (value: string | null, unit: ReportFigure['unit']) =>
    value === null ? '—' : `${format.number(Number(value))}${unit === 'count' ? '' : ` ${t(`reports.units.${unit}`, { lng: language })}`}`;
}

/** A number that opens the records it counts: the indicator's records page under the figure's filter. */
function FigureLink({ code, filter, children, testId }: { code: string; filter: Record<string, string>; children: string; testId?: string }) {
  return (
    <AnchorLink to="/indicators/$code/records" params={{ code }} search={filter} fw={600} data-testid={testId}>
      {children}
    </AnchorLink>
  );
}

const FILE_FORMATS = ['docx', 'xlsx', 'pdf'] as const;

/** The report's files: the Word document (Decree 30 layout), the Excel annex and the PDF, as the server writes them. */
function ReportFiles({ report }: { report: Report }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (format: (typeof FILE_FORMATS)[number]) => apiFile(`/reports/${encodeURIComponent(report.id)}/files/${format}`),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
    onError: (error) => notify(t, { message: isApiError(error, 'unavailable') ? t('reports.files.pdfUnavailable') : t('reports.files.failed'), color: 'red' }),
  });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={download.isPending} title={t('reports.files.menuLabel')} data-testid="report-download">
          {t('reports.files.download')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {FILE_FORMATS.map((format) => (
          <Menu.Item key={format} onClick={() => download.mutate(format)} data-testid={`report-download-${format}`}>
            {t(`reports.files.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function ReportPage({ reportId }: { reportId: string }) {
  const query = useQuery(reportQuery(reportId));
  if (query.isPending) return <Loading lines={10} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <ReportView report={query.data} />;
}

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canManage = useCan('reports.manage');
  const writesUnitReports = useCan('reports.write');
  // A unit report is written by its unit too (the server lets a unit's editors reach only their own unit's).
  const canWrite = canManage || (writesUnitReports && report.unit !== null);
  const transition = useTransition(report.id);
  const regenerate = useRegenerate(report.id);
  const [conflict, setConflict] = useState(false);
  const [returning, setReturning] = useState(false);
  const lng = report.language;
  const step = (name: 'review' | 'issue') =>
    transition.mutate(
      { step: name, version: report.version },
      { onError: (error) => (error instanceof ApiError && error.code === 'conflict' ? setConflict(true) : notifyError(t, error)) },
    );

  return (
    <Page
      title={report.title}
      subtitle={
        <Group gap="xs" component="span">
          <ReportStatusBadge status={report.status} />
          <Text span size="sm" c="dimmed">
            {t('reports.view.asOf', { date: format.date(report.asOf) })}
            {report.reviewedBy && report.reviewedAt ? ` · ${t('reports.view.reviewed', { name: report.reviewedBy.name, when: format.dateTime(report.reviewedAt) })}` : ''}
            {report.issuedBy && report.issuedAt ? ` · ${t('reports.view.issued', { name: report.issuedBy.name, when: format.dateTime(report.issuedAt) })}` : ''}
          </Text>
        </Group>
      }
      actions={
        <Group gap="xs">
          <AnchorLink to="/reports">{t('reports.view.back')}</AnchorLink>
          {report.status !== 'generating' && report.status !== 'failed' ? <ReportFiles report={report} /> : null}
          {canWrite && report.status === 'draft' ? (
            <Button
              variant="default"
              title={t('reports.view.regenerateHint')}
              loading={regenerate.isPending}
              data-testid="report-regenerate"
              onClick={() => regenerate.mutate(report.version, { onError: (error) => (error instanceof ApiError && error.code === 'conflict' ? setConflict(true) : notifyError(t, error)) })}
            >
              {t('reports.view.regenerate')}
            </Button>
          ) : null}
          {canManage && report.status === 'reviewed' ? (
            <Button variant="default" onClick={() => setReturning(true)} data-testid="report-return">
              {t('reports.view.returnToDraft')}
            </Button>
          ) : null}
          {canManage && report.status === 'draft' ? (
            <Button onClick={() => step('review')} loading={transition.isPending} data-testid="report-review">
              {t('reports.view.review')}
            </Button>
          ) : null}
          {canManage && report.status === 'reviewed' ? (
            <Button color="teal" onClick={() => step('issue')} loading={transition.isPending} data-testid="report-issue">
              {t('reports.view.issue')}
            </Button>
          ) : null}
        </Group>
      }
    >
      <ConflictAlert show={conflict} />
      {returning ? <ReturnModal report={report} onClose={() => setReturning(false)} /> : null}
      {report.status === 'generating' ? (
        <Paper withBorder p="md" radius="md">
          <Text size="sm" mb="xs">
            {t('reports.create.generating')}
          </Text>
          <Progress value={report.progress} size="xl" animated aria-label={t('reports.progress', { progress: report.progress })} />
        </Paper>
      ) : report.status === 'failed' ? (
        <Alert color="red" title={t('reports.status.failed')}>
          {report.error}
        </Alert>
      ) : (
        <Stack gap="md" lang={lng}>
          {report.sections.map((section, index) => (
            <SectionView key={section.key} report={report} section={section} number={index + 1} editable={canWrite && report.status === 'draft'} />
          ))}
          <ChangesView report={report} />
        </Stack>
      )}
    </Page>
  );
}

/** Back to draft with the reason, which the audit log keeps. */
function ReturnModal({ report, onClose }: { report: Report; onClose: () => void }) {
  const { t } = useTranslation();
  const back = useReturnToDraft(report.id);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === '';
  return (
    <AppModal opened onClose={onClose} title={t('reports.view.returnTitle')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (missing) return;
          back.mutate(
            { version: report.version, reason: reason.trim() },
            {
              onSuccess: () => {
                notifySuccess(t, t('reports.view.returned'));
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <FormError message={back.isError ? errorMessage(t, back.error) : null} />
          <Text size="sm">{t('reports.view.returnHint')}</Text>
          <Textarea
            label={t('reports.view.returnReason')}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={touched && missing ? t('errors.validation.required') : undefined}
            data-testid="report-return-reason"
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={back.isPending}>
              {t('reports.view.returnToDraft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function SectionView({ report, section, number, editable }: { report: Report; section: ReportSection; number: number; editable: boolean }) {
  const { t } = useTranslation();
  const lng = report.language;
  const text = useFigureText(lng);
  const hasTargets = section.figures.some((f) => f.target !== null);
  const base = (b: string) => t(`reports.bases.${b}`, { lng });
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={`section-${section.key}`} data-testid={`report-section-${section.key}`}>
      <Title order={2} size="h4" id={`section-${section.key}`} mb="sm">
        {number}. {section.title[lng]}
      </Title>
      {section.figures.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.view.indicator', { lng })}</Table.Th>
                <Table.Th ta="right">{report.period.label}</Table.Th>
                {hasTargets ? <Table.Th>{t('reports.view.target', { lng })}</Table.Th> : <Table.Th>{t('reports.view.comparison', { lng })}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {section.figures.map((figure) => (
                <Table.Tr key={figure.id}>
                  <Table.Td>{figure.name[lng]}</Table.Td>
                  <Table.Td ta="right">
                    {figure.value === null ? '—' : <FigureLink code={figure.indicatorCode} filter={figure.filter} testId={`figure-${figure.indicatorCode}`}>{text(figure.value, figure.unit)}</FigureLink>}
                  </Table.Td>
                  <Table.Td>
                    {figure.target ? (
                      <Group gap="xs">
                        <Text size="sm">{figure.target.high ? `${text(figure.target.low, 'count')}–${text(figure.target.high, figure.unit)}` : text(figure.target.low, figure.unit)}</Text>
                        <Badge variant="light" radius="sm" tt="none" color={figure.target.status === 'met' || figure.target.status === 'on_track' ? 'teal' : figure.target.status === 'no_data' ? 'gray' : 'red'}>
                          {t(`reports.targetStatus.${figure.target.status}`, { lng })}
                        </Badge>
                      </Group>
                    ) : (
                      <Stack gap={2}>
                        {figure.comparisons.map((c) => (
                          <Text size="sm" key={c.base}>
                            {base(c.base)} ({c.period.label}):{' '}
                            {c.value === null ? '—' : <FigureLink code={figure.indicatorCode} filter={c.filter}>{text(c.value, figure.unit)}</FigureLink>}
                            {c.ratio !== null ? ` · ${t('reports.view.ratio', { lng, ratio: makeFormatters(lng).number(c.ratio) })}` : ''}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : section.key === 'targets' ? (
        <Text c="dimmed" size="sm">
          {t('reports.view.noTargets', { lng })}
        </Text>
      ) : null}
      <Narrative report={report} section={section} editable={editable} />
    </Paper>
  );
}

function Narrative({ report, section, editable }: { report: Report; section: ReportSection; editable: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateNarrative(report.id);
  const [draft, setDraft] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  if (!editable) return section.narrative ? <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>{section.narrative}</Text> : null;
  const value = draft ?? section.narrative;
  return (
    <Stack gap="xs" mt="sm">
      <ConflictAlert show={conflict} />
      <Textarea label={t('reports.view.narrative')} autosize minRows={2} value={value} onChange={(e) => setDraft(e.currentTarget.value)} data-testid={`narrative-${section.key}`} />
      {draft !== null && draft !== section.narrative ? (
        <Group justify="flex-end">
          <Button
            size="xs"
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { narrative: { [section.key]: draft }, version: report.version },
                { onSuccess: () => setDraft(null), onError: (error) => (error instanceof ApiError && error.code === 'conflict' ? setConflict(true) : notifyError(t, error)) },
              )
            }
          >
            {t('common.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** Changed since issued: the snapshot's figures recomputed now, those that differ. */
function ChangesView({ report }: { report: Report }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const changes = useQuery({ ...reportChangesQuery(report.id), enabled: open });
  const text = useFigureText(report.language);
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} data-testid="report-changes">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('reports.changes.title')}
        </Title>
        <Button variant="light" onClick={() => (open ? void changes.refetch() : setOpen(true))} loading={changes.isFetching}>
          {t('reports.changes.check')}
        </Button>
      </Group>
      {changes.data ? (
        changes.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" mt="sm">
            {t('reports.changes.none', { count: changes.data.figures })}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520} mt="sm">
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.view.indicator')}</Table.Th>
                  <Table.Th>{t('reports.fields.period')}</Table.Th>
                  <Table.Th ta="right">{t('reports.changes.snapshot')}</Table.Th>
                  <Table.Th ta="right">{t('reports.changes.now')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.data.items.map((change) => (
                  <Table.Tr key={`${change.section}-${change.indicatorCode}-${change.base}-${change.period.label}`}>
                    <Table.Td>{change.name[report.language]}</Table.Td>
                    <Table.Td>{change.period.label}</Table.Td>
                    <Table.Td ta="right">{text(change.snapshot.value, 'count')}</Table.Td>
                    <Table.Td ta="right">
                      <FigureLink code={change.indicatorCode} filter={change.filter}>{text(change.now.value, 'count')}</FigureLink>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      ) : null}
    </Paper>
  );
}
