import { Badge, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineWarnings } from '../../../../shared/schemas/deadlines.js';
import { CommitmentInput, type SplitCandidate } from '../../../../shared/schemas/commitments.js';
import { AppModal } from '../../../components/AppModal.js';
import { useCountryName } from '../../../components/countries.js';
import { DateInput } from '../../../components/DateInput.js';
import { DeadlineWarnings } from '../../../components/DeadlineWarnings.js';
import { FormError } from '../../../components/FormError.js';
import { OrgUnitPicker, type PickedUnit } from '../../../components/OrgUnitPicker.js';
import { ApiError } from '../../../lib/api.js';
import { applyApiError, errorMessage, zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useBulkCommitments, useSplitText } from '../../agreements/-api.js';

interface Candidate {
  accepted: boolean;
  title: string;
  sourceQuote: string;
  dueText: string | null;
  /** The deadline read in the text, which an edited due date should not pass. */
  readDueDate: string | null;
  signals: string[];
  /** Who the text gives it to, and the countries it names: read from the text, to help choose the owner. */
  assignee: string | null;
  countryCodes: string[];
  /** The unit the text points at (see the split response), which the owner starts from. */
  suggestedOwnerUnit: PickedUnit | null;
  ownerUnitId: string | null;
  dueDate: string;
}

/** Where the split text comes from: an agreement, or a source document (conclusions, directive, resolution). */
export interface SplitSource {
  agreementId?: string;
  engagementId?: string | null;
  sourceDocumentId?: string;
  /** The unit a candidate is first given to when the text points at none; the reviewer may change it. */
  ownerUnit: PickedUnit | null;
  fields: string[];
  /** Start of relative deadlines ("within 6 months"). */
  referenceDate?: string | null;
  /** The agreement's expiry, which a due date should not pass. */
  expiryDate?: string | null;
  /** The source's own text, offered for splitting. */
  text?: string | null;
}

/** Paste the text of an agreement or a directive, review the candidate commitments, save the accepted ones. */
export function SplitModal({ source, opened, onClose }: { source: SplitSource; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('agreements.split.title')} size="xl">
      {opened ? <SplitWizard source={source} onClose={onClose} /> : null}
    </AppModal>
  );
}

function SplitWizard({ source, onClose }: { source: SplitSource; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const split = useSplitText();
  const bulk = useBulkCommitments();
  const [text, setText] = useState(source.text ?? '');
  const [textError, setTextError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const owner = source.ownerUnit;
  const toItem = (c: Candidate) => ({
    title: c.title,
    sourceQuote: c.sourceQuote || null,
    agreementId: source.agreementId ?? null,
    engagementId: source.engagementId ?? null,
    sourceDocumentId: source.sourceDocumentId ?? null,
    ownerUnitId: c.ownerUnitId ?? undefined,
    coOwnerUnitIds: [],
    dueDate: c.dueDate || null,
    fields: source.fields,
  });
  const validateItem = zodValidate(t, CommitmentInput, toItem);
  const form = useForm<{ candidates: Candidate[] }>({
    initialValues: { candidates: [] },
    validate: (values) => {
      const errors: Record<string, string> = {};
      values.candidates.forEach((candidate, index) => {
        if (!candidate.accepted) return;
        for (const [path, message] of Object.entries(validateItem(candidate))) errors[`candidates.${index}.${path}`] = message;
      });
      return errors;
    },
  });

  const runSplit = () => {
    if (text.trim() === '') return setTextError(t('errors.validation.required'));
    setTextError(null);
    split.mutate(
      { text, locale: i18n.language === 'en' ? 'en' : 'vi', referenceDate: source.referenceDate ?? undefined, agreementId: source.agreementId },
      {
        onSuccess: ({ candidates }) => {
          form.setValues({
            candidates: candidates.map((c: SplitCandidate) => ({
              accepted: true,
              title: c.title,
              sourceQuote: c.text,
              dueText: c.dueText,
              readDueDate: c.dueDate,
              signals: c.signals,
              assignee: c.assignee,
              countryCodes: c.countryCodes,
              suggestedOwnerUnit: c.suggestedOwnerUnit,
              // The unit the text points at, else the source's default (none for a directive read by HQ).
              ownerUnitId: c.suggestedOwnerUnit?.id ?? owner?.id ?? null,
              dueDate: c.dueDate ?? '',
            })),
          });
          setReviewing(true);
        },
        onError: (error) => setTextError(errorMessage(t, error)),
      },
    );
  };

  const accepted = form.values.candidates.map((c, index) => ({ c, index })).filter(({ c }) => c.accepted);

  const save = form.onSubmit((values) => {
    setFormError(null);
    const chosen = values.candidates.map((c, index) => ({ c, index })).filter(({ c }) => c.accepted);
    if (chosen.length === 0) return setFormError(t('agreements.split.noneAccepted'));
    bulk.mutate(
      { items: chosen.map(({ c }) => CommitmentInput.parse(toItem(c))) },
      {
        onSuccess: ({ items }) => {
          notifySuccess(t, t('agreements.split.done', { count: items.length }));
          onClose();
        },
        onError: (error) => {
          // The server names items.N.field, N among the accepted candidates: put each under its card.
          if (error instanceof ApiError) {
            const fields: Record<string, string> = {};
            for (const [path, message] of Object.entries(error.fields)) {
              const match = /^items\.(\d+)\.(.+)$/.exec(path);
              const target = match ? chosen[Number(match[1])] : undefined;
              fields[target ? `candidates.${target.index}.${match![2]}` : path] = message;
            }
            const remapped = new ApiError(error.status, error.code, error.message, fields);
            setFormError(applyApiError(t, form, remapped));
            return;
          }
          setFormError(applyApiError(t, form, error));
        },
      },
    );
  });

  if (!reviewing) {
    return (
      <Stack gap="sm">
        <Text size="sm">{t('agreements.split.intro')}</Text>
        <Textarea
          label={t('agreements.split.text')}
          required
          autosize
          minRows={8}
          maxRows={20}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={textError ?? undefined}
          data-testid="split-text"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={runSplit} loading={split.isPending}>
            {t('agreements.split.run')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="sm">
        <Text size="sm" aria-live="polite">
          {t('agreements.split.found', { count: form.values.candidates.length, accepted: accepted.length })}
        </Text>
        <FormError message={formError} />
        {form.values.candidates.length === 0 ? <Text c="dimmed">{t('agreements.split.noCandidates')}</Text> : null}
        {form.values.candidates.map((candidate, index) => (
          <Paper key={index} withBorder p="sm" radius="md" data-testid="split-candidate" style={{ opacity: candidate.accepted ? 1 : 0.6 }}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Checkbox
                  label={t('agreements.split.accept', { number: index + 1 })}
                  {...form.getInputProps(`candidates.${index}.accepted`, { type: 'checkbox' })}
                />
                <Group gap={4}>
                  {candidate.signals.map((signal) => (
                    <Badge key={signal} variant="light" color="gray" radius="sm" tt="none">
                      {t(`agreements.split.signals.${signal}`)}
                    </Badge>
                  ))}
                </Group>
              </Group>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                “{candidate.sourceQuote}”
              </Text>
              {candidate.assignee || candidate.countryCodes.length > 0 ? (
                <Text size="xs" data-testid="split-candidate-read">
                  {[
                    candidate.assignee ? t('agreements.split.assignee', { name: candidate.assignee }) : null,
                    candidate.countryCodes.length > 0 ? t('agreements.split.countries', { names: candidate.countryCodes.map(countryName).join(', ') }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              ) : null}
              {candidate.accepted ? (
                <>
                  <TextInput label={t('commitments.fields.title')} required {...form.getInputProps(`candidates.${index}.title`)} />
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <OrgUnitPicker
                      label={t('commitments.fields.ownerUnit')}
                      description={candidate.suggestedOwnerUnit && candidate.ownerUnitId === candidate.suggestedOwnerUnit.id ? t('agreements.split.ownerFromText') : undefined}
                      required
                      initialUnit={candidate.suggestedOwnerUnit ?? owner ?? undefined}
                      {...form.getInputProps(`candidates.${index}.ownerUnitId`)}
                    />
                    <DateInput
                      label={t('commitments.fields.dueDate')}
                      description={candidate.dueText ? t('agreements.split.dueFrom', { text: candidate.dueText }) : undefined}
                      {...form.getInputProps(`candidates.${index}.dueDate`)}
                    />
                  </SimpleGrid>
                  <DeadlineWarnings
                    warnings={[
                      ...deadlineWarnings('dueDate', candidate.dueDate, 'source_text', candidate.readDueDate),
                      ...deadlineWarnings('dueDate', candidate.dueDate, 'agreement_expiry', source.expiryDate),
                    ]}
                  />
                </>
              ) : null}
            </Stack>
          </Paper>
        ))}
        <Group justify="space-between" mt="sm">
          <Button variant="subtle" onClick={() => setReviewing(false)}>
            {t('agreements.split.back')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={bulk.isPending} disabled={accepted.length === 0}>
              {t('agreements.split.save', { count: accepted.length })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
