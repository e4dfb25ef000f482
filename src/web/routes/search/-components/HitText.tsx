import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/schemas/search.js';
import { useFormat } from '../../../lib/format.js';

/** A hit's second line: the unit (or code) and the date, in the user's language. */
export function HitDetail({ hit }: { hit: SearchHit }) {
  const { i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const parts = [hit.detail?.[language], hit.date ? format.date(hit.date) : null].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}

export const useHitTitle = () => {
  const { i18n } = useTranslation();
  return (hit: SearchHit) => hit.title[i18n.language === 'en' ? 'en' : 'vi'];
};
