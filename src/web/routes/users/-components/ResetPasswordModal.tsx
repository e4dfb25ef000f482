import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { AppModal } from '../../../components/AppModal.js';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordReset, type User } from '../../../../shared/schemas/users.js';
import { FormError } from '../../../components/FormError.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useResetPassword } from '../-api.js';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={user !== null} onClose={onClose} title={t('users.resetPassword.title')}>
      {user ? <ResetPasswordForm user={user} onClose={onClose} /> : null}
    </AppModal>
  );
}

function ResetPasswordForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword(user.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ initialValues: { password: '' }, validate: zodValidate(t, PasswordReset) });
  const submit = form.onSubmit(({ password }) => {
    setFormError(null);
    reset.mutate(password, {
      onSuccess: () => {
        notifySuccess(t, t('users.resetPassword.done', { name: user.name }));
        onClose();
      },
      onError: (error) => setFormError(applyApiError(t, form, error)),
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('users.resetPassword.intro', { name: user.name, email: user.email })}</Text>
        <FormError message={formError} />
        <PasswordInput
          label={t('users.resetPassword.newPassword')}
          description={t('account.password.rule')}
          required
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={reset.isPending}>
            {t('users.resetPassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
