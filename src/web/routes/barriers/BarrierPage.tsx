import { Anchor, Button, List, Table, Text, Timeline } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Barrier } from '../../../shared/schemas/barriers.js';
import { useCountryName } from '../../components/countries.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyText } from '../../components/EmptyText.js';
import { Facts } from '../../components/Facts.js';
import { AnchorLink } from '../../components/links.js';
import { Money } from '../../components/Money.js';
import { Page } from '../../components/Page.js';
import { LoadedPage } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { useFormat } from '../../lib/format.js';
import { barrierQuery } from './-api.js';
import { BarrierStatusBadge } from './-components/BarrierStatusBadge.js';
import { StatusChangeModal } from './-components/StatusChangeModal.js';

export function BarrierPage({ barrierId }: { barrierId: string }) {
  const { t } = useTranslation();
  const query = useQuery(barrierQuery(barrierId));
  return <LoadedPage query={query} title={t('barriers.detail.loadingTitle')}>{(data) => <BarrierView barrier={data} />}</LoadedPage>;
}

function BarrierView({ barrier }: { barrier: Barrier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const country = useCountryName();
  const [changing, changeModal] = useDisclosure(false);

  return (
    <Page
      title={barrier.title}
      actions={
        barrier.abilities.changeStatus ? (
          <Button onClick={changeModal.open} data-testid="barrier-change-status">
            {t('barriers.statusChange.open')}
          </Button>
        ) : null
      }
    >
      <Section title={t('barriers.detail.about')}>
        <Facts
          items={[
            { label: t('barriers.status.label'), value: <BarrierStatusBadge status={barrier.status} />, testId: 'barrier-status' },
            { label: t('barriers.fields.statusSince'), value: format.date(barrier.statusSince) },
            {
              label: t('barriers.fields.country'),
              value: (
                <AnchorLink to="/countries/$iso2" params={{ iso2: barrier.countryCode }}>
                  {country(barrier.countryCode)}
                </AnchorLink>
              ),
            },
            { label: t('barriers.measureType.label'), value: t(`barriers.measureType.${barrier.measureType}`) },
            { label: t('barriers.fields.priority'), value: t(`barriers.priority.${barrier.priority}`) },
            { label: t('barriers.fields.valueAtStake'), value: <Money value={barrier.valueAtStake} currency={barrier.currency} /> },
            { label: t('barriers.fields.sectors'), value: barrier.sectors.map((s) => t(`sectors.${s}`)).join(', ') || '—' },
            { label: t('barriers.fields.hsCodes'), value: barrier.hsCodes.join(', ') || '—' },
            { label: t('barriers.fields.unit'), value: format.name(barrier.unit.name) },
            { label: t('barriers.fields.provinces'), value: barrier.provinces.map((p) => format.name(p.name)).join(', ') || '—' },
            { label: t('barriers.fields.businesses'), value: barrier.businesses.map((b) => format.name(b.name)).join(', ') || '—' },
          ]}
        />
        <Text style={{ whiteSpace: 'pre-wrap' }}>{barrier.description}</Text>
        {barrier.source ? (
          <Text size="sm">
            {t('barriers.fields.source')}:{' '}
            {/^https?:\/\//.test(barrier.source) ? (
              <Anchor href={barrier.source} target="_blank" rel="noreferrer" style={{ overflowWrap: 'anywhere' }}>
                {barrier.source}
              </Anchor>
            ) : (
              barrier.source
            )}
          </Text>
        ) : null}
      </Section>

      <Section title={t('barriers.detail.plan')} testId="barrier-plan">
        <DataTable
          items={barrier.milestones}
          columns={[{ label: t('barriers.milestone.title') }, { label: t('barriers.milestone.due') }, { label: t('barriers.milestone.done') }, { label: t('barriers.milestone.carriedBy') }]}
          row={(m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{m.title}</Table.Td>
              <Table.Td>{m.dueDate ? format.date(m.dueDate) : '—'}</Table.Td>
              <Table.Td>{m.doneOn ? format.date(m.doneOn) : '—'}</Table.Td>
              <Table.Td>
                <List size="sm" listStyleType="none" p={0}>
                  {m.commitment ? (
                    <List.Item>
                      <AnchorLink to="/commitments/$commitmentId" params={{ commitmentId: m.commitment.id }} size="sm">
                        {m.commitment.title}
                      </AnchorLink>
                    </List.Item>
                  ) : null}
                  {m.task ? (
                    <List.Item>
                      <AnchorLink to="/tasks/$taskId" params={{ taskId: m.task.id }} size="sm">
                        {m.task.title}
                      </AnchorLink>
                    </List.Item>
                  ) : null}
                </List>
              </Table.Td>
            </Table.Tr>
          )}
          empty={t('barriers.detail.noPlan')}
          minWidth={560}
        />
      </Section>

      <Section title={t('barriers.detail.history')} testId="barrier-history">
        {barrier.history.length === 0 ? (
          <EmptyText>{t('barriers.detail.noHistory')}</EmptyText>
        ) : (
          <Timeline active={barrier.history.length - 1} bulletSize={14} lineWidth={2}>
            {barrier.history.map((change) => (
              <Timeline.Item key={change.id} title={`${format.date(change.effectiveDate)} · ${t(`barriers.status.${change.status}`)}`}>
                {change.note ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{change.note}</Text> : null}
                {change.by ? (
                  <Text size="xs" c="dimmed">
                    {change.by}
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Section>
      <AnchorLink to="/barriers" size="sm">
        {t('barriers.detail.back')}
      </AnchorLink>
      {changing ? <StatusChangeModal barrier={barrier} opened={changing} onClose={changeModal.close} /> : null}
    </Page>
  );
}
