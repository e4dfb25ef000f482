import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** A toast whose close button has a translated name. */
export function notify(t: TFunction, { message, title, color }: { message: string; title?: string; color: 'green' | 'red' }): void {
  notifications.show({ message, title, color, closeButtonProps: { 'aria-label': t('common.close') } });
}

export const notifySuccess = (t: TFunction, message: string): void => notify(t, { message, color: 'green' });
