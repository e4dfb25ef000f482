import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SupportRequestInput } from '../../../../shared/schemas/support-requests.js';
import { AppModal } from '../../../components/AppModal.js';
import { FormError } from '../../../components/FormError.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { CountrySelect } from '../../activities/-components/fields.js';
import { useCreateSupportRequest } from '../-api.js';
import { DateInput } from '../../../components/DateInput.js';

interface Values {
  targetUnitId: string | null;
  title: string;
  description: string;
  countryCode: string | null;
  neededFrom: string;
  neededTo: string;
}

const toInput = (values: Values) => ({
  targetUnitId: values.targetUnitId ?? '',
  title: values.title,
  description: values.description,
  countryCode: values.countryCode,
  neededFrom: values.neededFrom || null,
  neededTo: values.neededTo || null,
});

export function SupportRequestCreateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSupportRequest();
  const [formError, setFormError] = useState<string | null>(null);
  const zod = zodValidate(t, SupportRequestInput, toInput);
  const form = useForm<Values>({
    initialValues: { targetUnitId: null, title: '', description: '', countryCode: null, neededFrom: '', neededTo: '' },
    validate: (values) => {
      const errors = zod(values);
      if (!values.targetUnitId) errors.targetUnitId = t('errors.validation.required');
      if (values.neededFrom && values.neededTo && values.neededTo < values.neededFrom) errors.neededTo = t('activities.errors.endBeforeStart');
      return errors;
    },
  });
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(SupportRequestInput.parse(toInput(values)), {
      onSuccess: (request) => {
        notifySuccess(t, t('supportRequests.create.done'));
        close();
        void navigate({ to: '/support-requests/$requestId', params: { requestId: request.id } });
      },
      onError: (error) => setFormError(applyApiError(t, form, error, { targetUnitId: t('supportRequests.errors.notMission') })),
    });
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('supportRequests.create.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError message={formError} />
          <OrgUnitPicker label={t('supportRequests.fields.targetUnit')} description={t('supportRequests.fields.targetUnitHelp')} required {...form.getInputProps('targetUnitId')} />
          <TextInput label={t('supportRequests.fields.title')} required {...form.getInputProps('title')} />
          <Textarea label={t('supportRequests.fields.description')} required autosize minRows={4} {...form.getInputProps('description')} />
          <CountrySelect {...form.getInputProps('countryCode')} description={t('supportRequests.fields.countryHelp')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateInput label={t('supportRequests.fields.neededFrom')} {...form.getInputProps('neededFrom')} />
            <DateInput label={t('supportRequests.fields.neededTo')} {...form.getInputProps('neededTo')} />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('supportRequests.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
