import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EngagementType } from '../../../../shared/schemas/engagements.js';
import { useFormat } from '../../../lib/format.js';

export function EngagementTypeBadge({ type }: { type: EngagementType }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="indigo" radius="sm" tt="none" maw="none">
      {t(`engagements.types.${type}`)}
    </Badge>
  );
}

/** "01/07/2025 – 03/07/2025", or one date when it lasted a day. */
export function DateRange({ start, end }: { start: string; end: string }) {
  const format = useFormat();
  return <>{start === end ? format.date(start) : `${format.date(start)} – ${format.date(end)}`}</>;
}
