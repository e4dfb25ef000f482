import { Alert, Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { AppModal } from '../../../components/AppModal.js';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserUpdate, type Locale, type Role, type User } from '../../../../shared/schemas/users.js';
import { FormError } from '../../../components/FormError.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { ErrorState, Loading } from '../../../components/QueryState.js';
import { isApiError } from '../../../lib/api.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { userQuery, useUpdateUser } from '../-api.js';
import { LocaleSelect, RoleSelect } from './fields.js';

interface EditValues {
  name: string;
  role: Role;
  unitId: string | null;
  locale: Locale;
  active: boolean;
}

const toValues = (user: User): EditValues => ({
  name: user.name,
  role: user.role,
  unitId: user.unit?.id ?? null,
  locale: user.locale,
  active: user.active,
});

/** Only what changed, so the audit log shows the real edit. */
function changes(values: EditValues, original: EditValues): Partial<EditValues> {
  const result: Partial<EditValues> = {};
  for (const key of Object.keys(values) as (keyof EditValues)[]) {
    if (values[key] !== original[key]) Object.assign(result, { [key]: values[key] });
  }
  return result;
}

export function UserEditModal({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={userId !== null} onClose={onClose} title={t('users.edit.title')} size="lg">
      {userId ? <UserEditLoader userId={userId} onClose={onClose} /> : null}
    </AppModal>
  );
}

function UserEditLoader({ userId, onClose }: { userId: string; onClose: () => void }) {
  // Always read the latest version before editing.
  const query = useQuery({ ...userQuery(userId), staleTime: 0 });
  if (query.isPending) return <Loading lines={5} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <UserEditForm user={query.data} onClose={onClose} />;
}

function UserEditForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [original, setOriginal] = useState<User>(user);
  const form = useForm<EditValues>({
    initialValues: toValues(user),
    validate: zodValidate(t, UserUpdate, (values: EditValues) => ({ ...values, version: original.version })),
  });

  const reload = async () => {
    const data = await queryClient.fetchQuery({ ...userQuery(user.id), staleTime: 0 });
    setOriginal(data);
    form.setValues(toValues(data));
    form.resetDirty(toValues(data));
  };

  const submit = form.onSubmit((values) => {
    setFormError(null);
    setConflict(false);
    const changed = changes(values, toValues(original));
    if (Object.keys(changed).length === 0) return onClose();
    update.mutate(
      { ...changed, version: original.version },
      {
        onSuccess: (saved) => {
          notifySuccess(t, t('users.edit.done', { name: saved.name }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'conflict')) {
            // Say so once the latest version is on screen.
            reload()
              .then(() => setConflict(true))
              .catch((reloadError: unknown) => setFormError(applyApiError(t, form, reloadError)));
            return;
          }
          setFormError(applyApiError(t, form, error));
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {original.email}
        </Text>
        {conflict ? (
          <Alert color="orange" variant="light" role="alert" data-testid="conflict" title={t('users.edit.conflictTitle')}>
            {t('users.edit.conflict')}
          </Alert>
        ) : null}
        <FormError message={formError} />
        <TextInput label={t('users.fields.name')} required {...form.getInputProps('name')} />
        <RoleSelect required {...form.getInputProps('role')} />
        <OrgUnitPicker
          label={t('users.fields.unit')}
          description={t('users.fields.unitHelp')}
          initialUnit={original.unit}
          {...form.getInputProps('unitId')}
        />
        <LocaleSelect {...form.getInputProps('locale')} />
        <Switch
          label={t('users.fields.active')}
          description={t('users.fields.activeHelp')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
