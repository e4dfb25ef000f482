import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  SOURCE_DOCUMENT_KINDS,
  SourceDocumentInput,
  SourceDocumentUpdate,
  type SourceDocument,
  type SourceDocumentKind,
} from '../../../../shared/schemas/source-documents.js';
import { AppModal } from '../../../components/AppModal.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { DateInput } from '../../../components/DateInput.js';
import { LatestVersion, useSaveState } from '../../../components/edit-form.js';
import { FormError } from '../../../components/FormError.js';
import { zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { sourceDocumentQuery, useCreateSourceDocument, useUpdateSourceDocument } from '../-api.js';

interface Values {
  kind: SourceDocumentKind;
  number: string;
  issuedDate: string;
  issuer: string;
  title: { vi: string; en: string };
  text: string;
  url: string;
}

const toValues = (d: SourceDocument): Values => ({
  kind: d.kind,
  number: d.number ?? '',
  issuedDate: d.issuedDate,
  issuer: d.issuer,
  title: d.title,
  text: d.text ?? '',
  url: d.url ?? '',
});

const orNull = (value: string) => (value.trim() === '' ? null : value);
const toInput = (v: Values) => ({ ...v, number: orNull(v.number), text: orNull(v.text), url: orNull(v.url) });

/** Records a source document (no `sourceDocumentId`) or corrects one (always from its latest version). */
export function SourceDocumentFormModal({ opened, onClose, sourceDocumentId }: { opened: boolean; onClose: () => void; sourceDocumentId?: string }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t(sourceDocumentId ? 'sourceDocuments.edit.title' : 'sourceDocuments.create.title')} size="xl">
      {opened ? (
        sourceDocumentId ? (
          <LatestVersion options={sourceDocumentQuery(sourceDocumentId)} lines={8}>
            {(document) => <SourceDocumentForm document={document} onClose={onClose} />}
          </LatestVersion>
        ) : (
          <SourceDocumentForm onClose={onClose} />
        )
      ) : null}
    </AppModal>
  );
}

function SourceDocumentForm({ document, onClose }: { document?: SourceDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreateSourceDocument();
  const update = useUpdateSourceDocument(document?.id ?? '');
  const save = useSaveState(document, (latest) => queryClient.fetchQuery({ ...sourceDocumentQuery(latest.id), staleTime: 0 }), toValues);
  const { original } = save;
  const form = useForm<Values>({
    initialValues: document
      ? toValues(document)
      : { kind: 'conference_conclusions', number: '', issuedDate: '', issuer: '', title: { vi: '', en: '' }, text: '', url: '' },
    validate: zodValidate(t, SourceDocumentInput, toInput),
  });

  const submit = form.onSubmit((values) => {
    save.start();
    const onError = save.fail(form);
    if (original) {
      update.mutate(SourceDocumentUpdate.parse({ ...toInput(values), version: original.version }), {
        onSuccess: () => {
          notifySuccess(t, t('sourceDocuments.edit.done'));
          onClose();
        },
        onError,
      });
      return;
    }
    create.mutate(SourceDocumentInput.parse(toInput(values)), {
      onSuccess: (saved) => {
        notifySuccess(t, t('sourceDocuments.create.done'));
        onClose();
        void navigate({ to: '/source-documents/$sourceDocumentId', params: { sourceDocumentId: saved.id } });
      },
      onError,
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ConflictAlert show={save.conflict} />
        <FormError message={save.formError} />
        <NativeSelect
          label={t('sourceDocuments.fields.kind')}
          required
          data={SOURCE_DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`sourceDocuments.kinds.${kind}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('sourceDocuments.fields.titleVi')} required lang="vi" {...form.getInputProps('title.vi')} />
        <TextInput label={t('sourceDocuments.fields.titleEn')} required lang="en" {...form.getInputProps('title.en')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('sourceDocuments.fields.number')} placeholder="222/2025/QH15" {...form.getInputProps('number')} />
          <DateInput label={t('sourceDocuments.fields.issuedDate')} required {...form.getInputProps('issuedDate')} />
          <TextInput label={t('sourceDocuments.fields.issuer')} required {...form.getInputProps('issuer')} />
        </SimpleGrid>
        <TextInput label={t('sourceDocuments.fields.url')} type="url" {...form.getInputProps('url')} />
        <Textarea label={t('sourceDocuments.fields.text')} autosize minRows={6} maxRows={20} data-testid="source-document-text-input" {...form.getInputProps('text')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t(original ? 'common.save' : 'sourceDocuments.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
