import { Anchor, Badge, Box, Button, Card, Container, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dataset, PublicAgreement } from '../../../shared/schemas/open-data.js';
import { Brand } from '../../components/Brand.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { useFormat } from '../../lib/format.js';
import { datasetsQuery, publicAgreementsQuery } from './-api.js';

const LATEST = 20;

/** The public open-data page: the published data sets, no sign-in. */
export function OpenDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('openData.title')} · econdip`);
  const datasets = useQuery(datasetsQuery);
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group component="header" justify="space-between" px="md" py="sm" wrap="nowrap">
        <Brand />
        <Group gap="sm" wrap="nowrap">
          <Anchor href="/sign-in" size="sm">
            {t('openData.signIn')}
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Group>
      <Container component="main" size="lg" py="lg" px={{ base: 'sm', sm: 'md' }}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1}>{t('openData.title')}</Title>
            <Text c="dimmed">{t('openData.intro')}</Text>
          </Stack>
          {datasets.isPending ? (
            <Loading lines={4} />
          ) : datasets.isError ? (
            <ErrorState error={datasets.error} onRetry={() => void datasets.refetch()} />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {datasets.data.items.map((dataset) => (
                <DatasetCard key={dataset.id} dataset={dataset} />
              ))}
            </SimpleGrid>
          )}
          <YearTotals />
          <LatestAgreements />
        </Stack>
      </Container>
    </Box>
  );
}

function DatasetCard({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder radius="md" component="section" aria-labelledby={`dataset-${dataset.id}`}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={`dataset-${dataset.id}`}>
          {format.name(dataset.title)}
        </Title>
        <Text size="sm">{format.name(dataset.description)}</Text>
        <Group gap="xs">
          <Badge variant="light" color="gray" tt="none">
            {t('openData.records', { count: dataset.records, formatted: format.number(dataset.records) })}
          </Badge>
          <Badge variant="light" color="gray" tt="none">
            {dataset.licence}
          </Badge>
          {dataset.updatedAt ? (
            <Text size="xs" c="dimmed">
              {t('openData.updated', { date: format.dateTime(dataset.updatedAt) })}
            </Text>
          ) : null}
        </Group>
        <Group gap="xs">
          {(['csv', 'json'] as const).map((kind) => (
            <Button key={kind} component="a" href={dataset.downloads[kind]} download variant="light" size="xs" leftSection={<IconDownload size={14} aria-hidden />} aria-label={t('openData.download', { format: kind.toUpperCase(), dataset: format.name(dataset.title) })}>
              {kind.toUpperCase()}
            </Button>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {t('openData.stableUrl')} <code>{dataset.downloads.csv}</code>
        </Text>
      </Stack>
    </Card>
  );
}

function YearTotals() {
  const { t } = useTranslation();
  const format = useFormat();
  const agreements = useQuery(publicAgreementsQuery);
  if (!agreements.data || agreements.data.items.length === 0) return null;
  const byYear = new Map<number, number>();
  for (const item of agreements.data.items) if (item.signedDate) byYear.set(Number(item.signedDate.slice(0, 4)), (byYear.get(Number(item.signedDate.slice(0, 4))) ?? 0) + 1);
  return (
    <Stack gap="xs" component="section" aria-labelledby="open-data-years">
      <Title order={2} size="h3" id="open-data-years">
        {t('openData.byYear')}
      </Title>
      <Group gap="sm">
        {[...byYear.entries()]
          .sort(([a], [b]) => b - a)
          .map(([year, count]) => (
            <Card key={year} withBorder radius="md" p="sm" miw={120}>
              <Text size="sm" c="dimmed">
                {year}
              </Text>
              <Text fw={700} size="xl">
                {format.number(count)}
              </Text>
            </Card>
          ))}
      </Group>
    </Stack>
  );
}

function LatestAgreements() {
  const { t } = useTranslation();
  const format = useFormat();
  const agreements = useQuery(publicAgreementsQuery);
  if (agreements.isPending) return <Loading lines={5} />;
  if (agreements.isError) return <ErrorState error={agreements.error} onRetry={() => void agreements.refetch()} />;
  const latest = agreements.data.items.slice(0, LATEST);
  return (
    <Stack gap="xs" component="section" aria-labelledby="open-data-latest">
      <Title order={2} size="h3" id="open-data-latest">
        {t('openData.latest')}
      </Title>
      {latest.length === 0 ? (
        <Text c="dimmed">{t('openData.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640} type="native" tabIndex={0} aria-label={t('openData.latest')}>
          <Table striped data-testid="open-data-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('openData.columns.title')}</Table.Th>
                <Table.Th>{t('openData.columns.parties')}</Table.Th>
                <Table.Th>{t('openData.columns.signed')}</Table.Th>
                <Table.Th>{t('openData.columns.fields')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {latest.map((item) => (
                <AgreementRow key={item.id} item={item} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function AgreementRow({ item }: { item: PublicAgreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const parties = [...item.vietnameseParties.map(format.name), ...item.foreignParties.map((party) => format.name(party.name))];
  return (
    <Table.Tr>
      <Table.Td>{format.name(item.title)}</Table.Td>
      <Table.Td>{parties.join('; ')}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.signedDate ? format.date(item.signedDate) : '—'}</Table.Td>
      <Table.Td>{item.fields.map((field) => t(`agreements.fieldNames.${field}`)).join(', ')}</Table.Td>
    </Table.Tr>
  );
}
