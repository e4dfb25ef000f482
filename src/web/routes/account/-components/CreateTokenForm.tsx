import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiTokenInput } from '../../../../shared/schemas/auth.js';
import { FormError } from '../../../components/FormError.js';
import { NumberInput } from '../../../components/NumberInput.js';
import { applyApiError, zodValidate } from '../../../lib/errors.js';
import { useCreateToken } from '../-api.js';

interface TokenValues {
  name: string;
  expiresInDays: number | string;
}

const toInput = ({ name, expiresInDays }: TokenValues) => ({
  name,
  expiresInDays: expiresInDays === '' ? undefined : Number(expiresInDays),
});

export function CreateTokenForm({ onCreated }: { onCreated: (token: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TokenValues>({
    initialValues: { name: '', expiresInDays: 90 },
    validate: zodValidate(t, ApiTokenInput, toInput),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(ApiTokenInput.parse(toInput(values)), {
      onSuccess: (created) => {
        form.reset();
        onCreated(created.token);
      },
      onError: (error) => setFormError(applyApiError(t, form, error)),
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('account.tokens.create')}>
      <FormError message={formError} />
      <Group align="flex-start" gap="sm" mt={formError ? 'sm' : 0}>
        <TextInput label={t('account.tokens.name')} required {...form.getInputProps('name')} style={{ flex: 1, minWidth: 200 }} />
        <NumberInput
          label={t('account.tokens.expiresInDays')}
          description={t('account.tokens.expiresHelp')}
          maxDecimals={0}
          {...form.getInputProps('expiresInDays')}
          w={{ base: '100%', xs: 200 }}
        />
        <Button type="submit" loading={create.isPending} mt={{ base: 0, xs: 25 }}>
          {t('account.tokens.create')}
        </Button>
      </Group>
    </form>
  );
}
