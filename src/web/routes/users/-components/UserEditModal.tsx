import { Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { AppModal } from '../../../components/AppModal.js';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { UserUpdate, type Locale, type Role, type User } from '../../../../shared/schemas/users.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { changedFields, LatestVersion, useSaveState } from '../../../components/edit-form.js';
import { FormError } from '../../../components/FormError.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { zodValidate } from '../../../lib/errors.js';
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

export function UserEditModal({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={userId !== null} onClose={onClose} title={t('users.edit.title')} size="lg">
      {userId ? <LatestVersion options={userQuery(userId)} lines={5}>{(user) => <UserEditForm user={user} onClose={onClose} />}</LatestVersion> : null}
    </AppModal>
  );
}

function UserEditForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const queryClient = useQueryClient();
  const save = useSaveState(user, (latest) => queryClient.fetchQuery({ ...userQuery(latest.id), staleTime: 0 }), toValues);
  const original = save.original ?? user;
  const form = useForm<EditValues>({
    initialValues: toValues(user),
    validate: zodValidate(t, UserUpdate, (values: EditValues) => ({ ...values, version: original.version })),
  });

  const submit = form.onSubmit((values) => {
    save.start();
    const changed = changedFields(values, toValues(original));
    if (Object.keys(changed).length === 0) return onClose();
    update.mutate(
      { ...changed, version: original.version },
      {
        onSuccess: (saved) => {
          notifySuccess(t, t('users.edit.done', { name: saved.name }));
          onClose();
        },
        onError: save.fail(form),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {original.email}
        </Text>
        <ConflictAlert show={save.conflict} />
        <FormError message={save.formError} />
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
