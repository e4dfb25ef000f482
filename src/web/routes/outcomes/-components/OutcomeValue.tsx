import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../../shared/schemas/outcomes.js';
import { useMoney } from '../../../components/Money.js';
import { useFormat } from '../../../lib/format.js';

type Measured = Pick<Outcome, 'value' | 'currency' | 'quantity'>;

/** "1.250.000 USD" or "120 việc làm"; with the business's correction when it gave one. */
export function useOutcomeAmount(): (outcome: Measured & { kind: Outcome['kind'] }) => string {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  return (outcome) => {
    if (outcome.value !== null) return money(outcome.value, outcome.currency);
    if (outcome.quantity !== null) return t(`outcomes.units.${outcome.kind}`, { count: outcome.quantity, value: format.number(outcome.quantity) });
    return '—';
  };
}

export function OutcomeValue({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const amount = useOutcomeAmount();
  const corrected =
    outcome.confirmationStatus === 'corrected' && (outcome.confirmedValue !== null || outcome.confirmedQuantity !== null)
      ? amount({ ...outcome, value: outcome.confirmedValue ?? null, quantity: outcome.confirmedQuantity ?? null })
      : null;
  return (
    <div>
      <Text size="sm" fw={600} td={corrected ? 'line-through' : undefined} c={corrected ? 'dimmed' : undefined}>
        {amount(outcome)}
      </Text>
      {corrected ? (
        <Text size="sm" fw={600} data-testid="corrected-value">
          {t('outcomes.correctedTo', { value: corrected })}
        </Text>
      ) : null}
    </div>
  );
}
