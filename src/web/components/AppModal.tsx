import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's Modal with a translated name on its close button. Its title bar is a <header>, which outside the
 * main content would be a second banner landmark beside the app's: it is only the dialog's title bar.
 */
export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  return <Modal closeButtonProps={{ 'aria-label': t('common.close') }} attributes={{ header: { role: 'presentation' } }} {...props} />;
}
