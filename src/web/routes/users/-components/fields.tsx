import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../shared/schemas/users.js';

type SelectProps = Omit<NativeSelectProps, 'data'>;

export function RoleSelect({ withAll, ...props }: SelectProps & { withAll?: boolean }) {
  const { t } = useTranslation();
  const roles = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  return (
    <NativeSelect
      label={t('users.fields.role')}
      data={withAll ? [{ value: '', label: t('users.filters.allRoles') }, ...roles] : roles}
      {...props}
    />
  );
}

export function LocaleSelect(props: SelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('users.fields.locale')}
      data={[
        { value: 'vi', label: 'Tiếng Việt' },
        { value: 'en', label: 'English' },
      ]}
      {...props}
    />
  );
}
