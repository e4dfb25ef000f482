import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.js';
import { unreadCountQuery } from '../-api.js';

/** The unread notification count beside the inbox link; nothing when all is read. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(unreadCountQuery);
  if (!query.data) return null;
  return (
    <Badge size="sm" color="red" variant="filled" circle={query.data < 10} data-testid="unread-count" aria-label={t('inbox.unread', { count: query.data })}>
      {format.number(query.data)}
    </Badge>
  );
}
