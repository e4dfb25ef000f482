import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgUnitType } from '../../../../shared/schemas/org-units.js';

const COLORS: Record<OrgUnitType, string> = {
  hq: 'red',
  ministry: 'grape',
  mission: 'blue',
  province: 'teal',
  business_association: 'violet',
};

export function TypeBadge({ type }: { type: OrgUnitType }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[type]} variant="light" radius="sm" style={{ flexShrink: 0 }}>
      {t(`orgUnits.types.${type}`)}
    </Badge>
  );
}
