import type { TFunction } from 'i18next';
import { Button, Group, NativeSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_KINDS,
  AgreementInput,
  AgreementUpdate,
  RENEWALS,
  type Agreement,
  type AgreementField,
  type AgreementKind,
} from '../../../../shared/schemas/agreements.js';
import type { Engagement } from '../../../../shared/schemas/engagements.js';
import { AppModal } from '../../../components/AppModal.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { NumberInput } from '../../../components/NumberInput.js';
import { LatestVersion, useSaveState } from '../../../components/edit-form.js';
import { DateInput } from '../../../components/DateInput.js';
import { FormError } from '../../../components/FormError.js';
import { useCan, useMe } from '../../../components/me-context.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { OrgUnitMultiPicker, PartnerMultiPicker, SectorMultiSelect } from '../../../components/pickers.js';
import { zodValidate } from '../../../lib/errors.js';
import { useFormat } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { engagementQuery, engagementSearchQuery } from '../../engagements/-api.js';
import { agreementQuery, useCreateAgreement, useUpdateAgreement } from '../-api.js';

interface Values {
  title: { vi: string; en: string };
  kind: AgreementKind;
  status: 'negotiating' | 'signed';
  signedDate: string;
  signedPlace: string;
  expiryDate: string;
  renewal: (typeof RENEWALS)[number];
  engagementId: string | null;
  fields: AgreementField[];
  value: string;
  currency: string;
  unitIds: string[];
  partnerIds: string[];
  ownerUnitId: string | null;
  summary: string;
}

const blank = (value: string) => (value.trim() === '' ? null : value.trim());

function toInput(v: Values, chooseOwner: boolean, editing: boolean) {
  return {
    title: v.title,
    kind: v.kind,
    ...(editing ? {} : { status: v.status }),
    signedDate: blank(v.signedDate),
    signedPlace: blank(v.signedPlace),
    expiryDate: blank(v.expiryDate),
    renewal: v.renewal,
    engagementId: v.engagementId,
    fields: v.fields,
    value: blank(v.value),
    currency: blank(v.currency.toUpperCase()),
    unitIds: v.unitIds,
    partnerIds: v.partnerIds,
    ...(chooseOwner && v.ownerUnitId ? { ownerUnitId: v.ownerUnitId } : {}),
    summary: blank(v.summary),
  };
}

const toValues = (a: Agreement): Values => ({
  title: a.title,
  kind: a.kind,
  status: 'signed',
  signedDate: a.signedDate ?? '',
  signedPlace: a.signedPlace ?? '',
  expiryDate: a.expiryDate ?? '',
  renewal: a.renewal,
  engagementId: a.engagementId,
  fields: a.fields,
  value: a.value ?? '',
  currency: a.currency ?? '',
  unitIds: a.units.map((u) => u.id),
  partnerIds: a.partners.map((p) => p.id),
  ownerUnitId: a.ownerUnit.id,
  summary: a.summary ?? '',
});

interface AgreementFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Edit this agreement (from its latest version). */
  agreementId?: string;
  /** Record an agreement signed at this engagement (stays on the engagement's page). */
  engagement?: Engagement;
}

export function AgreementFormModal({ opened, onClose, agreementId, engagement }: AgreementFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t(agreementId ? 'agreements.edit.title' : 'agreements.create.title')} size="xl">
      {opened ? agreementId ? <LatestVersion options={agreementQuery(agreementId)} lines={8}>{(agreement) => <AgreementForm agreement={agreement} onClose={onClose} />}</LatestVersion> : <AgreementForm engagement={engagement} onClose={onClose} /> : null}
    </AppModal>
  );
}

/** An agreement binds at least two parties, Vietnamese or foreign; the foreign side is where one is usually missing. */
function partiesError(t: TFunction, values: Pick<Values, 'unitIds' | 'partnerIds'>): Record<string, string> {
  return new Set(values.unitIds).size + new Set(values.partnerIds).size < 2 ? { partnerIds: t('agreements.fields.twoParties') } : {};
}

function AgreementForm({ agreement, engagement, onClose }: { agreement?: Agreement; engagement?: Engagement; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const chooseOwner = useCan('agreements.chooseOwner');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreateAgreement();
  const update = useUpdateAgreement(agreement?.id ?? '');
  const save = useSaveState(agreement, (latest) => queryClient.fetchQuery({ ...agreementQuery(latest.id), staleTime: 0 }), toValues);
  const { original } = save;
  const editing = Boolean(original);
  const form = useForm<Values>({
    initialValues: agreement
      ? toValues(agreement)
      : {
          title: { vi: '', en: '' },
          kind: 'mou',
          status: 'signed',
          signedDate: engagement?.startDate ?? '',
          signedPlace: '',
          expiryDate: '',
          renewal: 'none',
          engagementId: engagement?.id ?? null,
          fields: [],
          value: '',
          currency: '',
          unitIds: [],
          partnerIds: engagement?.partners.map((p) => p.id) ?? [],
          ownerUnitId: engagement?.leadUnit.id ?? me.user.unit?.id ?? null,
          summary: '',
        },
    validate: (values) => ({ ...zodValidate(t, AgreementInput, (v: Values) => toInput(v, chooseOwner, false))(values), ...partiesError(t, values) }),
  });

  const submit = form.onSubmit((values) => {
    save.start();
    const onError = save.fail(form);
    if (original) {
      update.mutate(AgreementUpdate.parse({ ...toInput(values, chooseOwner, true), version: original.version }), {
        onSuccess: () => {
          notifySuccess(t, t('agreements.edit.done'));
          onClose();
        },
        onError,
      });
      return;
    }
    create.mutate(AgreementInput.parse(toInput(values, chooseOwner, false)), {
      onSuccess: (saved) => {
        notifySuccess(t, t('agreements.create.done', { title: saved.title.vi }));
        onClose();
        if (!engagement) void navigate({ to: '/agreements/$agreementId', params: { agreementId: saved.id } });
      },
      onError,
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ConflictAlert show={save.conflict} />
        <FormError message={save.formError} />
        <TextInput label={t('agreements.fields.titleVi')} required lang="vi" {...form.getInputProps('title.vi')} />
        <TextInput label={t('agreements.fields.titleEn')} required lang="en" {...form.getInputProps('title.en')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('agreements.fields.kind')}
            required
            data={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`agreements.kinds.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          {editing ? null : (
            <NativeSelect
              label={t('agreements.fields.initialStatus')}
              data={(['signed', 'negotiating'] as const).map((status) => ({ value: status, label: t(`agreements.statuses.${status}`) }))}
              {...form.getInputProps('status')}
            />
          )}
          <DateInput label={t('agreements.fields.signedDate')} {...form.getInputProps('signedDate')} />
          <TextInput label={t('agreements.fields.signedPlace')} {...form.getInputProps('signedPlace')} />
          <DateInput label={t('agreements.fields.expiryDate')} {...form.getInputProps('expiryDate')} />
          <NativeSelect
            label={t('agreements.fields.renewal')}
            data={RENEWALS.map((renewal) => ({ value: renewal, label: t(`agreements.renewals.${renewal}`) }))}
            {...form.getInputProps('renewal')}
          />
        </SimpleGrid>
        {engagement ? null : <EngagementSelect initialId={original?.engagementId ?? null} {...form.getInputProps('engagementId')} />}
        <SectorMultiSelect label={t('agreements.fields.fields')} {...form.getInputProps('fields')} />
        <PartnerMultiPicker label={t('agreements.fields.partners')} initialPartners={original?.partners ?? engagement?.partners} {...form.getInputProps('partnerIds')} />
        <OrgUnitMultiPicker label={t('agreements.fields.units')} description={t('agreements.fields.unitsHelp')} initialUnits={original?.units} {...form.getInputProps('unitIds')} />
        {chooseOwner ? (
          <OrgUnitPicker
            label={t('agreements.fields.ownerUnit')}
            initialUnit={original?.ownerUnit ?? engagement?.leadUnit ?? me.user.unit}
            {...form.getInputProps('ownerUnitId')}
          />
        ) : null}
        <SimpleGrid cols={{ base: 2 }} spacing="sm">
          <NumberInput label={t('agreements.fields.value')} description={t('agreements.fields.valueHelp')} unit={form.getValues().currency.toUpperCase()} {...form.getInputProps('value')} />
          <TextInput label={t('agreements.fields.currency')} description="USD, EUR, VND…" maxLength={3} {...form.getInputProps('currency')} />
        </SimpleGrid>
        <Textarea label={t('agreements.fields.summary')} autosize minRows={2} maxRows={8} {...form.getInputProps('summary')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t(editing ? 'common.save' : 'agreements.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The engagement an agreement was signed at, searched by title. */
function EngagementSelect({ value = null, onChange, error, initialId }: { value?: string | null; onChange: (value: string | null) => void; error?: string; initialId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useQuery(engagementSearchQuery(debounced));
  const initial = useQuery({ ...engagementQuery(initialId ?? ''), enabled: Boolean(initialId) });
  const options = new Map((results.data?.items ?? []).map((e) => [e.id, format.name(e.title)]));
  if (initial.data) options.set(initial.data.id, format.name(initial.data.title));
  return (
    <Select
      label={t('agreements.fields.engagement')}
      searchable
      clearable
      value={value}
      onChange={onChange}
      error={error}
      data={[...options.entries()].map(([id, label]) => ({ value: id, label }))}
      filter={({ options: items }) => items}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('common.nothingFound')}
      placeholder={t('agreements.fields.engagementPlaceholder')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
