import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, PartnerInput, type PartnerKind } from '../../../../shared/schemas/partners.js';
import { AppModal } from '../../../components/AppModal.js';
import { FormError } from '../../../components/FormError.js';
import { CountrySelect } from '../../../components/pickers.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useCreatePartner } from '../-api.js';

interface Values {
  kind: PartnerKind;
  name: { vi: string; en: string };
  code: string;
  shortName: string;
  countryCode: string | null;
  website: string;
  notes: string;
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());
const toInput = (v: Values) => ({
  kind: v.kind,
  name: v.name,
  code: blankToNull(v.code),
  shortName: blankToNull(v.shortName),
  countryCode: v.countryCode,
  website: blankToNull(v.website),
  notes: blankToNull(v.notes),
});

export function PartnerCreateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePartner();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { kind: 'foreign_company', name: { vi: '', en: '' }, code: '', shortName: '', countryCode: null, website: '', notes: '' },
    validate: zodValidate(t, PartnerInput, toInput),
  });
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(PartnerInput.parse(toInput(values)), {
      onSuccess: (partner) => {
        notifySuccess(t, t('partners.create.done', { name: partner.name.vi }));
        close();
        void navigate({ to: '/partners/$partnerId', params: { partnerId: partner.id } });
      },
      onError: (error) => setFormError(applyApiError(t, form, error)),
    });
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('partners.create.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError message={formError} />
          <NativeSelect
            label={t('partners.fields.kind')}
            required
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
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('partners.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
