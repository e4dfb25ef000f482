import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, PartnerInput, PartnerUpdate, type Partner, type PartnerKind } from '../../../../shared/schemas/partners.js';
import { AppModal } from '../../../components/AppModal.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { changedFields, LatestVersion, useSaveState } from '../../../components/edit-form.js';
import { FormError } from '../../../components/FormError.js';
import { CountrySelect } from '../../../components/pickers.js';
import { zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { partnerQuery, useCreatePartner, useUpdatePartner } from '../-api.js';

interface Values {
  kind: PartnerKind;
  name: { vi: string; en: string };
  code: string;
  shortName: string;
  countryCode: string | null;
  website: string;
  notes: string;
}

const BLANK: Values = { kind: 'foreign_company', name: { vi: '', en: '' }, code: '', shortName: '', countryCode: null, website: '', notes: '' };

const toValues = (p: Partner): Values => ({
  kind: p.kind,
  name: p.name,
  code: p.code ?? '',
  shortName: p.shortName ?? '',
  countryCode: p.countryCode,
  website: p.website ?? '',
  notes: p.notes ?? '',
});

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());
/** Form values as the API takes them (blank texts are null); only the fields given. */
const toInput = (v: Partial<Values>) => {
  const input: Record<string, unknown> = { ...v };
  for (const key of ['code', 'shortName', 'website', 'notes'] as const) {
    const value = v[key];
    if (value !== undefined) input[key] = blankToNull(value);
  }
  return input;
};

/** Adds a partner (no `partnerId`) or edits one from its latest version; the kind is fixed once created. */
export function PartnerFormModal({ opened, onClose, partnerId }: { opened: boolean; onClose: () => void; partnerId?: string }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t(partnerId ? 'partners.edit.title' : 'partners.create.title')} size="lg">
      {opened ? partnerId ? <LatestVersion options={partnerQuery(partnerId)}>{(partner) => <PartnerForm partner={partner} onClose={onClose} />}</LatestVersion> : <PartnerForm onClose={onClose} /> : null}
    </AppModal>
  );
}

function PartnerForm({ partner, onClose }: { partner?: Partner; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreatePartner();
  const update = useUpdatePartner(partner?.id ?? '');
  const save = useSaveState(partner, (latest) => queryClient.fetchQuery({ ...partnerQuery(latest.id), staleTime: 0 }), toValues);
  const { original } = save;
  const form = useForm<Values>({
    initialValues: partner ? toValues(partner) : BLANK,
    validate: zodValidate(t, PartnerInput, toInput),
  });

  const submit = form.onSubmit((values) => {
    save.start();
    if (original) {
      const changed = changedFields(values, toValues(original), ['kind']);
      if (Object.keys(changed).length === 0) return onClose();
      update.mutate(PartnerUpdate.parse({ ...toInput(changed), version: original.version }), {
        onSuccess: (saved) => {
          notifySuccess(t, t('partners.edit.done', { name: saved.name.vi }));
          onClose();
        },
        onError: save.fail(form),
      });
      return;
    }
    create.mutate(PartnerInput.parse(toInput(values)), {
      onSuccess: (saved) => {
        notifySuccess(t, t('partners.create.done', { name: saved.name.vi }));
        onClose();
        void navigate({ to: '/partners/$partnerId', params: { partnerId: saved.id } });
      },
      onError: save.fail(form),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ConflictAlert show={save.conflict} />
        <FormError message={save.formError} />
        <NativeSelect
          label={t('partners.fields.kind')}
          required
          disabled={Boolean(original)}
          data={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partners.kinds.${kind}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('partners.fields.nameVi')} required lang="vi" {...form.getInputProps('name.vi')} />
        <TextInput label={t('partners.fields.nameEn')} required lang="en" {...form.getInputProps('name.en')} />
        <Group grow align="flex-start">
          <TextInput label={t('partners.fields.code')} {...form.getInputProps('code')} />
          <TextInput label={t('partners.fields.shortName')} {...form.getInputProps('shortName')} />
        </Group>
        <CountrySelect label={t('partners.fields.country')} {...form.getInputProps('countryCode')} />
        <TextInput label={t('partners.fields.website')} type="url" placeholder="https://" {...form.getInputProps('website')} />
        <Textarea label={t('partners.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t(original ? 'common.save' : 'partners.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
