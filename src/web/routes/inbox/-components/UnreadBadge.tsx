import { ActionIcon, Badge, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.js';
import { useUnreadCount } from '../-api.js';

/** The unread notification count beside the inbox link; nothing when all is read. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const format = useFormat();
  const count = useUnreadCount();
  if (!count) return null;
  return (
    <Badge size="sm" color="red" variant="filled" circle={count < 10} data-testid="unread-count" aria-label={t('inbox.unread', { count })}>
      {format.number(count)}
    </Badge>
  );
}

/** The bell in the header (also on phones, where the menu is closed): a link to the inbox with the unread count. */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const count = useUnreadCount() ?? 0;
  const label = count > 0 ? `${t('nav.inbox')}: ${t('inbox.unread', { count })}` : `${t('nav.inbox')}: ${t('shell.noUnread')}`;
  return (
    <Indicator
      // The link's name already says the count.
      label={<span aria-hidden>{count > 99 ? '99+' : format.number(count)}</span>}
      disabled={count === 0}
      size={16}
      color="red"
      offset={4}
    >
      <ActionIcon component={Link} to="/inbox" variant="subtle" color="gray" size="lg" aria-label={label} title={label} data-testid="notification-bell">
        <IconBell size={20} stroke={1.6} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
