import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconScissors } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SourceDocument } from '../../../shared/schemas/source-documents.js';
import { Attachments } from '../../components/Attachments.js';
import { Facts } from '../../components/Facts.js';
import { AnchorLink } from '../../components/links.js';
import { useCan, useMe } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { RecordHistory } from '../../components/RecordHistory.js';
import { PromisedView } from '../../components/PromisedView.js';
import { ErrorState, LoadedPage, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { useFormat } from '../../lib/format.js';
import { SplitModal } from '../commitments/-components/SplitModal.js';
import { sourceDocumentPromisedQuery, sourceDocumentQuery } from './-api.js';
import { SourceDocumentFormModal } from './-components/SourceDocumentFormModal.js';

export function SourceDocumentPage({ sourceDocumentId }: { sourceDocumentId: string }) {
  const { t } = useTranslation();
  const query = useQuery(sourceDocumentQuery(sourceDocumentId));
  return <LoadedPage query={query} title={t('sourceDocuments.detail.loadingTitle')}>{(data) => <SourceDocumentView document={data} />}</LoadedPage>;
}

function SourceDocumentView({ document }: { document: SourceDocument }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const canEdit = document.abilities.update;
  const canSplit = useCan('commitments.create');
  const [editing, editModal] = useDisclosure(false);
  const [splitting, splitModal] = useDisclosure(false);
  const otherTitle = i18n.language === 'en' ? document.title.vi : document.title.en;

  return (
    <Page
      title={format.name(document.title)}
      subtitle={<span lang={i18n.language === 'en' ? 'vi' : 'en'}>{otherTitle}</span>}
      actions={
        <Group gap="xs">
          {canSplit ? (
            <Button leftSection={<IconScissors size={16} aria-hidden />} onClick={splitModal.open}>
              {t('sourceDocuments.detail.split')}
            </Button>
          ) : null}
          {canEdit ? (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={editModal.open}>
              {t('sourceDocuments.edit.open')}
            </Button>
          ) : null}
        </Group>
      }
    >
      <Group gap="xs">
        <Badge variant="light" radius="sm" tt="none">
          {t(`sourceDocuments.kinds.${document.kind}`)}
        </Badge>
      </Group>
      <Section title={t('sourceDocuments.detail.about')}>
        <Facts
          items={[
            { label: t('sourceDocuments.fields.number'), value: document.number ?? '—' },
            { label: t('sourceDocuments.fields.issuedDate'), value: format.date(document.issuedDate) },
            { label: t('sourceDocuments.fields.issuer'), value: document.issuer },
            {
              label: t('sourceDocuments.fields.engagement'),
              value: document.engagement ? (
                <AnchorLink to="/engagements/$engagementId" params={{ engagementId: document.engagement.id }}>
                  {format.name(document.engagement.title)}
                </AnchorLink>
              ) : (
                '—'
              ),
            },
            {
              label: t('sourceDocuments.fields.url'),
              value: document.url ? (
                <Anchor href={document.url} target="_blank" rel="noopener noreferrer">
                  {document.url}
                </Anchor>
              ) : (
                '—'
              ),
            },
          ]}
        />
      </Section>

      <Section title={t('sourceDocuments.fields.text')} testId="source-document-text">
        {document.text ? <Text style={{ whiteSpace: 'pre-wrap' }}>{document.text}</Text> : <Text c="dimmed">—</Text>}
      </Section>

      <Section title={t('sourceDocuments.detail.documents')}>
        <Attachments ownerPath={`/source-documents/${document.id}`} canUpload={canEdit} />
      </Section>

      <PromisedSection sourceDocumentId={document.id} />

      <AnchorLink to="/source-documents" size="sm">
        {t('sourceDocuments.detail.back')}
      </AnchorLink>
      <SourceDocumentFormModal opened={editing} onClose={editModal.close} sourceDocumentId={document.id} />
      <SplitModal
        // A unit editor records commitments for their own unit only; HQ's are given where the text points, or chosen.
        source={{ sourceDocumentId: document.id, ownerUnit: me.user.role === 'unit_editor' ? me.user.unit : null, fields: [], referenceDate: document.issuedDate, text: document.text }}
        opened={splitting}
        onClose={splitModal.close}
      />
      <RecordHistory entity="source_document" entityId={document.id} />
    </Page>
  );
}

function PromisedSection({ sourceDocumentId }: { sourceDocumentId: string }) {
  const { t } = useTranslation();
  const query = useQuery(sourceDocumentPromisedQuery(sourceDocumentId));
  return (
    <Section title={t('engagements.promised.title')} testId="promised-vs-delivered">
      {query.isPending ? <Loading lines={4} /> : query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : <PromisedView data={query.data} />}
    </Section>
  );
}

