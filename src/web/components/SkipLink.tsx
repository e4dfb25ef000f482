import { useTranslation } from 'react-i18next';

/** First focusable element: jumps keyboard users past the header and navigation. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      {t('shell.skipToContent')}
    </a>
  );
}
