import { Button, Checkbox, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMAIL_DELIVERIES, EmailDelivery, type NotificationPreference } from '../../../../shared/schemas/notifications.js';
import { FormError } from '../../../components/FormError.js';
import { errorMessage } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useSaveNotificationPreferences } from '../-api.js';

/** The kinds of notice under the area they come from (`task.overdue` → tasks), in the order given. */
function byArea(items: NotificationPreference[]) {
  const areas = new Map<string, NotificationPreference[]>();
  for (const item of items) {
    const area = item.kind.split('.')[0]!;
    areas.set(area, [...(areas.get(area) ?? []), item]);
  }
  return [...areas];
}

const sameChoice = (a: NotificationPreference, b: NotificationPreference) => a.inApp === b.inApp && a.email === b.email;

export function NotificationPreferencesForm({ saved }: { saved: NotificationPreference[] }) {
  const { t } = useTranslation();
  const save = useSaveNotificationPreferences();
  const [choices, setChoices] = useState(saved);
  const [formError, setFormError] = useState<string | null>(null);
  const changed = choices.filter((choice, i) => !sameChoice(choice, saved[i]!));
  const choose = (kind: string, change: Partial<NotificationPreference>) =>
    setChoices((current) => current.map((choice) => (choice.kind === kind ? { ...choice, ...change } : choice)));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    save.mutate(changed, {
      onSuccess: (result) => {
        setChoices(result.items);
        notifySuccess(t, t('account.notifications.saved'));
      },
      onError: (error) => setFormError(errorMessage(t, error)),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('account.notifications.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('account.notifications.intro')}
        </Text>
        <FormError message={formError} />
        {byArea(choices).map(([area, items]) => (
          <Stack key={area} gap="xs">
            <Title order={3} size="h5">
              {t(`account.notifications.groups.${area}`)}
            </Title>
            {items.map((item) => {
              const kind = t(`account.notifications.kinds.${item.kind}`);
              return (
                <Group key={item.kind} gap="sm" wrap="wrap" align="center" data-kind={item.kind}>
                  <Text size="sm" style={{ flex: '1 1 16rem' }}>
                    {kind}
                  </Text>
                  <Checkbox
                    label={t('account.notifications.inApp')}
                    aria-label={t('account.notifications.inAppFor', { kind })}
                    checked={item.inApp}
                    onChange={(event) => choose(item.kind, { inApp: event.currentTarget.checked })}
                  />
                  <NativeSelect
                    aria-label={t('account.notifications.emailFor', { kind })}
                    data={EMAIL_DELIVERIES.map((value) => ({ value, label: t(`account.notifications.deliveries.${value}`) }))}
                    value={item.email}
                    onChange={(event) => choose(item.kind, { email: EmailDelivery.parse(event.currentTarget.value) })}
                    w="11rem"
                  />
                </Group>
              );
            })}
          </Stack>
        ))}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={changed.length === 0}>
            {t('account.notifications.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
