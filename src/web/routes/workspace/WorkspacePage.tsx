import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessOutcome } from '../../../shared/schemas/business.js';
import { CompanyProfileUpdate } from '../../../shared/schemas/business.js';
import type { Partner } from '../../../shared/schemas/partners.js';
import { ConflictAlert } from '../../components/ConflictAlert.js';
import { EmptyText } from '../../components/EmptyText.js';
import { Facts } from '../../components/Facts.js';
import { FormError } from '../../components/FormError.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { Pager } from '../../components/Pager.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { isApiError } from '../../lib/api.js';
import { applyApiError, zodValidate } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';
import { ConfirmationBadge } from '../outcomes/-components/ConfirmationBadge.js';
import { useOutcomeAmount } from '../outcomes/-components/OutcomeValue.js';
import { requesterName, supportRequestListQuery } from '../support-requests/-api.js';
import { SupportRequestCreateModal } from '../support-requests/-components/SupportRequestCreateModal.js';
import { SupportStatusBadge } from '../support-requests/-components/SupportStatusBadge.js';
import { businessOutcomesQuery, companyQuery, useUpdateCompany } from './-api.js';

const PAGE_SIZE = 10;

/** A business user's home: what was reported in its company's name and its answers, its requests, its profile. */
export function WorkspacePage() {
  const { t } = useTranslation();
  const company = useQuery(companyQuery);
  return (
    <Page title={company.data ? company.data.name.vi : t('workspace.title')} subtitle={t('workspace.subtitle')}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Section title={t('workspace.pending.title')} testId="workspace-pending">
          <Outcomes pending />
        </Section>
        <Section title={t('workspace.requests.title')} testId="workspace-requests">
          <Requests />
        </Section>
      </SimpleGrid>
      <Section title={t('workspace.outcomes.title')} testId="workspace-outcomes">
        <Outcomes />
      </Section>
      <Section title={t('workspace.company.title')} testId="workspace-company">
        {company.isPending ? <Loading lines={3} /> : company.isError ? <ErrorState error={company.error} onRetry={() => void company.refetch()} /> : <CompanyProfile company={company.data} />}
      </Section>
    </Page>
  );
}

function Outcomes({ pending = false }: { pending?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const amount = useOutcomeAmount();
  const [page, setPage] = useState(1);
  const query = useQuery(businessOutcomesQuery({ pending: pending ? 'true' : undefined, page, pageSize: PAGE_SIZE }));
  if (query.isPending) return <Loading lines={3} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <EmptyText>{t(pending ? 'workspace.pending.empty' : 'workspace.outcomes.empty')}</EmptyText>;
  const corrected = (o: BusinessOutcome) =>
    o.confirmationStatus === 'corrected' ? amount({ ...o, value: o.confirmedValue, quantity: o.confirmedQuantity }) : null;
  return (
    <Stack gap="sm">
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {query.data.items.map((o) => (
          <li key={o.id} data-testid="workspace-outcome">
            <Group justify="space-between" align="flex-start" gap="xs">
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text fw={600} size="sm">
                  {t(`outcomes.kinds.${o.kind}`)} · {amount(o)}
                  {corrected(o) ? ` → ${corrected(o)}` : ''}
                  {o.product ? ` · ${o.product}` : ''}
                </Text>
                <Text size="xs" c="dimmed">
                  {o.activity.title} · {format.name(o.unit.name)} · {format.date(o.activity.startDate)}
                </Text>
                {o.confirmationNote ? <Text size="xs">{o.confirmationNote}</Text> : null}
                {o.confirmationPending ? <Text size="xs">{t('workspace.pending.hint')}</Text> : null}
              </div>
              <ConfirmationBadge status={o.confirmationStatus} />
            </Group>
          </li>
        ))}
      </Stack>
      <Pager page={page} pageSize={query.data.pageSize} total={query.data.total} onChange={setPage} />
    </Stack>
  );
}

function Requests() {
  const { t } = useTranslation();
  const format = useFormat();
  const canAsk = useCan('supportRequests.create');
  const [creating, createModal] = useDisclosure(false);
  const query = useQuery(supportRequestListQuery({ pageSize: 10 }));
  return (
    <Stack gap="sm">
      {canAsk ? (
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} size="sm" onClick={createModal.open} data-testid="workspace-new-request">
            {t('workspace.requests.new')}
          </Button>
        </Group>
      ) : null}
      {query.isPending ? (
        <Loading lines={3} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyText>{t('workspace.requests.empty')}</EmptyText>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {query.data.items.map((request) => (
            <li key={request.id}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <AnchorLink to="/support-requests/$requestId" params={{ requestId: request.id }} fw={500} size="sm">
                    {request.title}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {format.name(requesterName(request))} → {format.name(request.targetUnit.name)}
                  </Text>
                </div>
                <SupportStatusBadge status={request.status} />
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <SupportRequestCreateModal opened={creating} onClose={createModal.close} />
    </Stack>
  );
}

interface ProfileValues {
  shortName: string;
  website: string;
  notes: string;
}

const toUpdate = (values: ProfileValues, version: number) => ({
  shortName: values.shortName.trim() || null,
  website: values.website.trim() || null,
  notes: values.notes.trim() || null,
  version,
});

function CompanyProfile({ company }: { company: Partner }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateCompany();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<ProfileValues>({
    mode: 'controlled',
    initialValues: { shortName: company.shortName ?? '', website: company.website ?? '', notes: company.notes ?? '' },
    validate: zodValidate(t, CompanyProfileUpdate, (values: ProfileValues) => toUpdate(values, company.version)),
  });
  const submit = form.onSubmit((values) => {
    setFormError(null);
    setConflict(false);
    update.mutate(toUpdate(values, company.version), {
      onSuccess: () => notifySuccess(t, t('workspace.company.saved')),
      onError: (error) => {
        setConflict(isApiError(error, 'conflict'));
        setFormError(applyApiError(t, form, error));
      },
    });
  });
  return (
    <Stack gap="md">
      <Facts items={[{ label: t('workspace.company.name'), value: format.name(company.name) }]} />
      <form onSubmit={submit} noValidate aria-label={t('workspace.company.title')}>
        <Stack gap="sm">
          <ConflictAlert show={conflict} />
          <FormError message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('workspace.company.shortName')} {...form.getInputProps('shortName')} />
            <TextInput label={t('workspace.company.website')} type="url" {...form.getInputProps('website')} />
          </SimpleGrid>
          <Textarea label={t('workspace.company.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('workspace.company.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
