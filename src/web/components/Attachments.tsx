import { Anchor, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconUpload } from '@tabler/icons-react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_TYPES, Attachment, AttachmentList, MAX_ATTACHMENT_BYTES } from '../../shared/schemas/attachments.js';
import { apiJson } from '../lib/api.js';
import { errorMessage } from '../lib/errors.js';
import { useFormat } from '../lib/format.js';
import { notifySuccess } from '../lib/notify.js';
import { ErrorState, Loading } from './QueryState.js';
import { uploadFile } from './upload.js';

/** `/engagements/:id` or `/tasks/:id`: the record that owns the files. */
export const attachmentsQuery = (ownerPath: string) =>
  queryOptions({
    queryKey: ['attachments', ownerPath],
    queryFn: ({ signal }) => apiJson(`${ownerPath}/attachments`, AttachmentList, { signal }),
  });

export function useUpload(ownerPath: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFile(`${ownerPath}/attachments`, file, Attachment),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['attachments', ownerPath] }),
  });
}

const ACCEPT = Object.keys(ATTACHMENT_TYPES).join(',');

export function formatBytes(size: number, number: (value: number) => string): string {
  if (size < 1024) return `${number(size)} B`;
  if (size < 1024 * 1024) return `${number(Math.round(size / 102.4) / 10)} KB`;
  return `${number(Math.round(size / (1024 * 102.4)) / 10)} MB`;
}

/** Checks type and size before sending, so the person hears about a wrong file at once. */
export function checkFile(t: (key: string, options?: Record<string, unknown>) => string, file: File | null): string | null {
  if (!file) return t('attachments.pick');
  if (file.size > MAX_ATTACHMENT_BYTES) return t('attachments.tooLarge');
  if (file.type && !(file.type in ATTACHMENT_TYPES)) return t('attachments.wrongType');
  return null;
}

/** Files of a record: download links, and an upload field for those who may add. */
export function Attachments({ ownerPath, canUpload, testId }: { ownerPath: string; canUpload: boolean; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(attachmentsQuery(ownerPath));
  const upload = useUpload(ownerPath);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const problem = checkFile(t, file);
    if (problem || !file) return setError(problem);
    setError(null);
    upload.mutate(file, {
      onSuccess: (saved) => {
        notifySuccess(t, t('attachments.uploaded', { name: saved.filename }));
        setFile(null);
      },
      onError: (err) => setError(errorMessage(t, err)),
    });
  };

  return (
    <Stack gap="sm" data-testid={testId}>
      {query.isPending ? (
        <Loading lines={2} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('attachments.empty')}
        </Text>
      ) : (
        <List spacing={4} icon={<IconPaperclip size={16} aria-hidden />}>
          {query.data.items.map((item) => (
            <List.Item key={item.id}>
              <Anchor href={`/api/v1${ownerPath}/attachments/${item.id}`} download={item.filename}>
                {item.filename}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                ({formatBytes(item.size, format.number)} · {format.dateTime(item.createdAt)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {canUpload ? (
        <Group align="flex-end" gap="sm">
          <FileInput
            label={t('attachments.file')}
            description={t('attachments.rule')}
            accept={ACCEPT}
            value={file}
            onChange={(value) => {
              setFile(value);
              setError(null);
            }}
            clearable
            leftSection={<IconPaperclip size={16} aria-hidden />}
            style={{ flex: 1, minWidth: 220 }}
            error={error ?? undefined}
          />
          <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={submit} loading={upload.isPending} variant="default">
            {t('attachments.upload')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
