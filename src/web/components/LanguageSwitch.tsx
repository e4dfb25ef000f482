import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../lib/i18n.js';

interface LanguageSwitchProps {
  /** Called after the language changed, e.g. to save it on the account. */
  onChange?: (language: Language) => void;
}

export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      data-testid="language-switch"
      value={i18n.language}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        void i18n.changeLanguage(value).then(() => onChange?.(value));
      }}
      data={[
        { value: 'vi', label: <span lang="vi" title="Tiếng Việt">VI</span> },
        { value: 'en', label: <span lang="en" title="English">EN</span> },
      ]}
    />
  );
}
