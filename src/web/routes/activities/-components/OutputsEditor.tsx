import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OUTPUT_KINDS } from '../../../../shared/schemas/activities.js';
import { NumberInput } from '../../../components/NumberInput.js';
import { newOutputKey, type ActivityFormValues } from './ActivityForm.js';

/** Outputs edited in place: kind, number and an optional note per line. */
/** The parts of the activity form the editor uses. */
interface OutputsForm {
  getValues: () => ActivityFormValues;
  getInputProps: (path: `outputs.${number}.${'kind' | 'quantity' | 'note'}`) => Record<string, any>;
  insertListItem: (path: 'outputs', item: ActivityFormValues['outputs'][number]) => void;
  removeListItem: (path: 'outputs', index: number) => void;
}

export function OutputsEditor({ form }: { form: OutputsForm }) {
  const { t } = useTranslation();
  const outputs = form.getValues().outputs;
  return (
    <Stack gap="xs" data-testid="outputs-editor">
      <Text size="sm" fw={500} id="outputs-label">
        {t('activities.outputs.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('activities.outputs.help')}
      </Text>
      {outputs.map((output, index) => (
        <Group key={output.key} gap="xs" align="flex-end" wrap="wrap" role="group" aria-label={t('activities.outputs.line', { number: index + 1 })}>
          <NativeSelect
            label={t('activities.outputs.kind')}
            data={OUTPUT_KINDS.map((kind) => ({ value: kind, label: t(`activities.outputKinds.${kind}`) }))}
            w={{ base: '100%', xs: 220 }}
            {...form.getInputProps(`outputs.${index}.kind`)}
          />
          <NumberInput
            label={t('activities.outputs.quantity')}
            maxDecimals={0}
            w={{ base: 'calc(100% - 44px)', xs: 120 }}
            {...form.getInputProps(`outputs.${index}.quantity`)}
          />
          <TextInput label={t('activities.outputs.note')} style={{ flex: 1, minWidth: 180 }} {...form.getInputProps(`outputs.${index}.note`)} />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mb={2}
            onClick={() => form.removeListItem('outputs', index)}
            aria-label={t('activities.outputs.remove', { number: index + 1 })}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="default"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => form.insertListItem('outputs', { key: newOutputKey(), kind: 'meetings_held', quantity: 1, note: '' })}
      >
        {t('activities.outputs.add')}
      </Button>
    </Stack>
  );
}
