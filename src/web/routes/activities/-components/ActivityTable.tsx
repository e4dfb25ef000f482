import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityView } from '../../../../shared/schemas/activities.js';
import { AnchorLink } from '../../../components/links.js';
import { useFormat } from '../../../lib/format.js';
import { useCountryName } from '../../../components/countries.js';

export function NoResultBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="light" radius="sm" tt="none" maw="none" data-testid="no-result">
      {t('activities.flag.noResult')}
    </Badge>
  );
}

export function DateRange({ from, to }: { from: string; to: string }) {
  const format = useFormat();
  return <span style={{ whiteSpace: 'nowrap' }}>{from === to ? format.date(from) : `${format.date(from)} – ${format.date(to)}`}</span>;
}

export function ActivityTable({ items, view }: { items: Activity[]; view: ActivityView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const country = useCountryName();
  if (items.length === 0) {
    return (
      <Text c="dimmed" py="md" data-testid="activities-empty">
        {t('activities.list.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="activity-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('activities.fields.title')}</Table.Th>
            <Table.Th>{t('activities.fields.unit')}</Table.Th>
            <Table.Th>{t('activities.fields.dates')}</Table.Th>
            <Table.Th>{t('activities.fields.country')}</Table.Th>
            <Table.Th ta="right">{t('activities.list.results')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((activity) => {
            const shownUnit = view === 'mapped' && activity.currentUnit ? activity.currentUnit : activity.unit;
            return (
              <Table.Tr key={activity.id} data-testid={`activity-row-${activity.id}`}>
                <Table.Td>
                  <AnchorLink to="/activities/$activityId" params={{ activityId: activity.id }} fw={500} size="sm">
                    {activity.title}
                  </AnchorLink>
                  <Group gap={6} mt={2}>
                    <Text size="xs" c="dimmed">
                      {t(`activities.types.${activity.type}`)}
                    </Text>
                    {activity.noResultRecorded ? <NoResultBadge /> : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format.name(shownUnit.name)}</Text>
                  {shownUnit.id !== activity.unit.id ? (
                    <Text size="xs" c="dimmed">
                      {t('activities.list.reportedBy', { unit: format.name(activity.unit.name) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <DateRange from={activity.startDate} to={activity.endDate} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{country(activity.countryCode)}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">
                    {t('activities.list.resultCounts', {
                      outputs: format.number(activity.outputs.length),
                      outcomes: format.number(activity.outcomeCount),
                    })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
