import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ExportableList, ExportFormat } from '../../shared/schemas/exports.js';
import { apiFile, isApiError, saveFile, toQueryString } from '../lib/api.js';
import { notify } from '../lib/notify.js';
import { useFormat } from '../lib/format.js';

export interface ExportTarget {
  list: ExportableList;
  /** The filters the list is shown with; the file holds exactly those rows. */
  filters: object;
}

const primitives = (filters: object) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))) as Record<string, string | number | boolean>;

/** Export the list as it is filtered, to CSV or XLSX; the button shows progress while the server writes the file. */
export function ExportMenu({ list, filters }: ExportTarget) {
  const { t, i18n } = useTranslation();
  const { number } = useFormat();
  const download = useMutation({
    mutationFn: (format: ExportFormat) => apiFile(`/exports/${list}${toQueryString({ ...primitives(filters), format, lang: i18n.language })}`),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
    onError: (error) => {
      const tooMany = isApiError(error, 'rule_violated') && error.fields.cap;
      const message = tooMany ? t('exports.tooMany', { total: number(Number(error.fields.total)), cap: number(Number(error.fields.cap)) }) : t('exports.failed');
      notify(t, { message, color: 'red' });
    },
  });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" leftSection={<IconDownload size={14} aria-hidden />} loading={download.isPending} title={t('exports.menuLabel')}>
          {t('exports.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => download.mutate('xlsx')}>{t('exports.xlsx')}</Menu.Item>
        <Menu.Item onClick={() => download.mutate('csv')}>{t('exports.csv')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
