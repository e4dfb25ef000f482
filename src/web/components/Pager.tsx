import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.js';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

/** "1–50 of 120" and page buttons (hidden when everything fits on one page). */
export function Pager({ page, pageSize, total, onChange }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const controlLabels: Record<string, string> = {
    first: t('common.pager.first'),
    previous: t('common.pager.previous'),
    next: t('common.pager.next'),
    last: t('common.pager.last'),
  };
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed">
        {t('common.pager.range', { from: format.number(from), to: format.number(to), total: format.number(total) })}
      </Text>
      {pages > 1 ? (
        <nav aria-label={t('common.pager.label')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            size="sm"
            siblings={1}
            getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
            getItemProps={(item) => ({ 'aria-label': t('common.pager.page', { page: item }) })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
