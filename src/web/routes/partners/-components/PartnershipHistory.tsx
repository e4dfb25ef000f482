import { ActionIcon, Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DATE_PRECISIONS,
  PARTNERSHIP_LEVELS,
  PartnershipChangeInput,
  PartnershipChangeUpdate,
  type DatePrecision,
  type PartnershipChange,
} from '../../../../shared/schemas/partners.js';
import { AppModal } from '../../../components/AppModal.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { DateInput } from '../../../components/DateInput.js';
import { changedFields, useSaveState } from '../../../components/edit-form.js';
import { EmptyText } from '../../../components/EmptyText.js';
import { FormError } from '../../../components/FormError.js';
import { AnchorLink } from '../../../components/links.js';
import { useCan } from '../../../components/me-context.js';
import { Section } from '../../../components/Section.js';
import { zodValidate } from '../../../lib/errors.js';
import { useFormat } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { usePartnershipChangeMutations } from '../-partnerships-api.js';

/** A country's dated partnership changes; HQ records and corrects them here. */
export function PartnershipHistory({ countryCode, history }: { countryCode: string; history: PartnershipChange[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canEdit = useCan('partners.manage');
  const [editing, setEditing] = useState<PartnershipChange | 'new' | null>(null);
  const shownDate = (change: PartnershipChange) =>
    change.datePrecision === 'year' ? change.date.slice(0, 4) : change.datePrecision === 'month' ? format.month(change.date) : format.date(change.date);
  return (
    <Section title={t('partnerships.history.title')} testId="partnership-history">
      {history.length === 0 ? (
        <EmptyText>{t('partnerships.history.empty')}</EmptyText>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('partnerships.fields.date')}</Table.Th>
                <Table.Th scope="col">{t('partnerships.fields.change')}</Table.Th>
                <Table.Th scope="col">{t('partnerships.fields.engagement')}</Table.Th>
                <Table.Th scope="col">{t('partnerships.fields.source')}</Table.Th>
                {canEdit ? <Table.Th scope="col"><span className="visually-hidden">{t('partnerships.history.edit')}</span></Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.map((change) => (
                <Table.Tr key={change.id}>
                  <Table.Td>{shownDate(change)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {change.fromLevel ? `${t(`partners.levels.${change.fromLevel}`)} → ` : `${t('partnerships.history.established')}: `}
                      {t(`partners.levels.${change.toLevel}`)}
                    </Text>
                    {change.demo ? <Badge size="xs" color="orange" variant="light">{t('partnerships.history.demo')}</Badge> : null}
                  </Table.Td>
                  <Table.Td>
                    {change.engagement ? (
                      <AnchorLink to="/engagements/$engagementId" params={{ engagementId: change.engagement.id }} size="sm">
                        {format.name(change.engagement.title)}
                      </AnchorLink>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    {change.sourceUrl ? (
                      <Anchor href={change.sourceUrl} target="_blank" rel="noreferrer" size="sm">
                        {change.source ?? change.sourceUrl}
                      </Anchor>
                    ) : (
                      <Text size="sm">{change.source ?? '—'}</Text>
                    )}
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <ActionIcon variant="subtle" onClick={() => setEditing(change)} aria-label={t('partnerships.history.editOne', { date: shownDate(change) })}>
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canEdit ? (
        <Group mt="sm">
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')} data-testid="add-partnership-change">
            {t('partnerships.history.add')}
          </Button>
        </Group>
      ) : null}
      <AppModal opened={editing !== null} onClose={() => setEditing(null)} title={t(editing === 'new' ? 'partnerships.form.addTitle' : 'partnerships.form.editTitle')}>
        {editing !== null ? <ChangeForm countryCode={countryCode} change={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      </AppModal>
    </Section>
  );
}

interface Values {
  fromLevel: string;
  toLevel: string;
  date: string;
  datePrecision: DatePrecision;
  sourceUrl: string;
  source: string;
}

const toValues = (c: PartnershipChange): Values => ({
  fromLevel: c.fromLevel ?? '',
  toLevel: c.toLevel,
  date: c.date,
  datePrecision: c.datePrecision,
  sourceUrl: c.sourceUrl ?? '',
  source: c.source ?? '',
});
const blankToNull = (value: string | undefined) => (value === undefined ? undefined : value.trim() === '' ? null : value.trim());
const toInput = (v: Partial<Values>) => ({ ...v, fromLevel: blankToNull(v.fromLevel), sourceUrl: blankToNull(v.sourceUrl), source: blankToNull(v.source) });

function ChangeForm({ countryCode, change, onClose }: { countryCode: string; change?: PartnershipChange; onClose: () => void }) {
  const { t } = useTranslation();
  const { create, update, remove } = usePartnershipChangeMutations();
  const save = useSaveState(change, async (latest) => latest, toValues);
  const form = useForm<Values>({
    initialValues: change ? toValues(change) : { fromLevel: '', toLevel: 'strategic', date: '', datePrecision: 'day', sourceUrl: '', source: '' },
    validate: zodValidate(t, PartnershipChangeInput, (v: Values) => ({ countryCode, ...toInput(v) })),
  });
  const levels = PARTNERSHIP_LEVELS.map((level) => ({ value: level, label: t(`partners.levels.${level}`) }));
  const done = () => {
    notifySuccess(t, t('partnerships.form.saved'));
    onClose();
  };
  const submit = form.onSubmit((values) => {
    save.start();
    if (change) {
      const changed = changedFields(values, toValues(change));
      if (Object.keys(changed).length === 0) return onClose();
      update.mutate({ id: change.id, update: PartnershipChangeUpdate.parse({ ...toInput(changed), version: change.version }) }, { onSuccess: done, onError: save.fail(form) });
      return;
    }
    create.mutate(PartnershipChangeInput.parse({ countryCode, ...toInput(values) }), { onSuccess: done, onError: save.fail(form) });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ConflictAlert show={save.conflict} />
        <FormError message={save.formError} />
        <Group grow align="flex-start">
          <NativeSelect label={t('partnerships.fields.fromLevel')} data={[{ value: '', label: t('partnerships.form.none') }, ...levels]} {...form.getInputProps('fromLevel')} />
          <NativeSelect label={t('partnerships.fields.toLevel')} required data={levels} {...form.getInputProps('toLevel')} />
        </Group>
        <Group grow align="flex-start">
          <DateInput label={t('partnerships.fields.date')} required {...form.getInputProps('date')} />
          <NativeSelect
            label={t('partnerships.fields.datePrecision')}
            data={DATE_PRECISIONS.map((precision) => ({ value: precision, label: t(`partnerships.precisions.${precision}`) }))}
            {...form.getInputProps('datePrecision')}
          />
        </Group>
        <TextInput label={t('partnerships.fields.sourceUrl')} type="url" placeholder="https://" {...form.getInputProps('sourceUrl')} />
        <Textarea label={t('partnerships.fields.source')} autosize minRows={2} {...form.getInputProps('source')} />
        <Group justify="space-between" mt="sm">
          {change ? (
            <Button color="red" variant="subtle" loading={remove.isPending} onClick={() => remove.mutate({ id: change.id, version: change.version }, { onSuccess: done, onError: save.fail(form) })}>
              {t('partnerships.form.remove')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending} data-testid="save-partnership-change">
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
