import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordChange } from '../../../../shared/schemas/auth.js';
import { FormError } from '../../../components/FormError.js';
import { isApiError } from '../../../lib/api.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useChangePassword } from '../-api.js';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const schemaErrors = zodValidate<PasswordValues>(t, PasswordChange);
  const form = useForm<PasswordValues>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: (values) => ({
      ...schemaErrors(values),
      ...(values.newPassword && values.newPassword === values.currentPassword ? { newPassword: t('account.password.sameAsCurrent') } : {}),
      ...(values.confirmPassword !== values.newPassword ? { confirmPassword: t('account.password.mismatch') } : {}),
    }),
  });

  const submit = form.onSubmit(({ currentPassword, newPassword }) => {
    setFormError(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifySuccess(t, t('account.password.done'));
        },
        onError: (error) => {
          if (isApiError(error, 'unauthenticated') || isApiError(error, 'forbidden')) {
            form.setFieldError('currentPassword', t('account.password.wrongCurrent'));
            return;
          }
          setFormError(applyApiError(t, form, error, { currentPassword: t('account.password.wrongCurrent') }));
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('account.password.title')}>
      <Stack gap="sm" maw={420}>
        <FormError message={formError} />
        <PasswordInput
          label={t('account.password.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('account.password.new')}
          description={t('account.password.rule')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('account.password.confirm')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('account.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
