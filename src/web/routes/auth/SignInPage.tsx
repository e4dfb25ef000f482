import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginInput } from '../../../shared/schemas/auth.js';
import { Brand } from '../../components/Brand.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { isApiError } from '../../lib/api.js';
import { errorMessage, zodValidate } from '../../lib/errors.js';
import { useLogin } from './-api.js';

/** Only same-site paths, so a crafted link cannot send the user elsewhere after sign-in. */
const safeRedirect = (target: string | undefined): string =>
  target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/sign-in') ? target : '/';

function signInError(t: ReturnType<typeof useTranslation>['t'], error: unknown): string {
  if (isApiError(error, 'unauthenticated')) return t('auth.signIn.wrongCredentials');
  if (isApiError(error, 'rate_limited')) return t('auth.signIn.rateLimited');
  return errorMessage(t, error);
}

export function SignInPage({ redirectTo }: { redirectTo?: string }) {
  const { t } = useTranslation();
  const router = useRouter();
  const login = useLogin();
  const [formError, setFormError] = useState<string | null>(null);
  useDocumentTitle(`${t('auth.signIn.title')} · econdip`);

  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: zodValidate(t, LoginInput),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    login.mutate(LoginInput.parse(values), {
      onSuccess: () => router.history.push(safeRedirect(redirectTo)),
      onError: (error) => setFormError(signInError(t, error)),
    });
  });

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group component="header" justify="space-between" px="md" py="sm">
        <Brand />
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" py="xl">
        <Stack w="100%" maw={420} gap="md">
          <Text size="sm" c="dimmed" data-testid="sign-in-about">
            {t('auth.signIn.about')}
          </Text>
          <Paper withBorder shadow="sm" radius="md" p="xl" w="100%">
            <form onSubmit={submit} noValidate aria-labelledby="sign-in-title" data-testid="sign-in-form">
              <Stack gap="md">
                <Title order={1} size="h2" id="sign-in-title">
                  {t('auth.signIn.title')}
                </Title>
                {formError ? (
                  <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="sign-in-error">
                    {formError}
                  </Alert>
                ) : null}
                <TextInput
                  label={t('auth.signIn.email')}
                  type="email"
                  autoComplete="username"
                  required
                  autoFocus
                  {...form.getInputProps('email')}
                />
                <PasswordInput
                  label={t('auth.signIn.password')}
                  autoComplete="current-password"
                  required
                  {...form.getInputProps('password')}
                />
                <Button type="submit" loading={login.isPending} fullWidth>
                  {t('auth.signIn.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
