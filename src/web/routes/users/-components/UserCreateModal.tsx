import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { AppModal } from '../../../components/AppModal.js';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserInput, type Locale, type Role } from '../../../../shared/schemas/users.js';
import { FormError } from '../../../components/FormError.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useCreateUser } from '../-api.js';
import { LocaleSelect, RoleSelect } from './fields.js';

interface CreateValues {
  email: string;
  name: string;
  role: Role;
  unitId: string | null;
  locale: Locale;
  password: string;
}

export function UserCreateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateValues>({
    initialValues: { email: '', name: '', role: 'unit_editor', unitId: null, locale: 'vi', password: '' },
    validate: zodValidate(t, UserInput),
  });

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(UserInput.parse(values), {
      onSuccess: (user) => {
        notifySuccess(t, t('users.create.done', { name: user.name }));
        close();
      },
      onError: (error) => setFormError(applyApiError(t, form, error)),
    });
  });

  return (
    <AppModal opened={opened} onClose={close} title={t('users.create.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError message={formError} />
          <TextInput label={t('users.fields.email')} type="email" required autoComplete="off" {...form.getInputProps('email')} />
          <TextInput label={t('users.fields.name')} required {...form.getInputProps('name')} />
          <RoleSelect required {...form.getInputProps('role')} />
          <OrgUnitPicker label={t('users.fields.unit')} description={t('users.fields.unitHelp')} {...form.getInputProps('unitId')} />
          <LocaleSelect {...form.getInputProps('locale')} />
          <PasswordInput
            label={t('users.fields.initialPassword')}
            description={t('account.password.rule')}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('users.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
