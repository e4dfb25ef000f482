import { Badge, CloseButton, Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/DateInput.js';
import { useCan } from '../../../components/me-context.js';
import { optionalIsoDate } from '../../../lib/search.js';
import type { AuditListParams } from '../-api.js';
import { UserPicker } from './UserPicker.js';

export type AuditFilterValues = Omit<AuditListParams, 'page' | 'pageSize'>;

interface AuditFiltersProps {
  values: AuditFilterValues;
  onChange: (values: Partial<AuditFilterValues>) => void;
}

/** A text filter sent to the URL after the user pauses typing. */
interface DebouncedTextProps {
  label: string;
  placeholder: string;
  value?: string;
  onCommit: (value?: string) => void;
}

function DebouncedText({ label, placeholder, value, onCommit }: DebouncedTextProps) {
  const [text, setText] = useState(value ?? '');
  const commit = useDebouncedCallback((next: string) => onCommit(next.trim() || undefined), 300);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      w={{ base: '100%', xs: 180 }}
    />
  );
}

export function AuditFilters({ values, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const canPickUsers = useCan('users.manage');
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('audit.filters.label')}>
      <DebouncedText
        label={t('audit.fields.entity')}
        placeholder={t('audit.filters.entityPlaceholder')}
        value={values.entity}
        onCommit={(entity) => onChange({ entity })}
      />
      <DebouncedText
        label={t('audit.fields.action')}
        placeholder={t('audit.filters.actionPlaceholder')}
        value={values.action}
        onCommit={(action) => onChange({ action })}
      />
      {canPickUsers ? (
        <UserPicker
          label={t('audit.fields.actor')}
          value={values.actorId ?? null}
          onChange={(actorId) => onChange({ actorId: actorId ?? undefined })}
          w={{ base: '100%', xs: 260 }}
        />
      ) : null}
      <DateInput
        label={t('audit.filters.from')}
        value={values.from ?? ''}
        onChange={(from) => onChange({ from: optionalIsoDate(from) })}
        w={{ base: '100%', xs: 170 }}
      />
      <DateInput
        label={t('audit.filters.to')}
        value={values.to ?? ''}
        onChange={(to) => onChange({ to: optionalIsoDate(to) })}
        w={{ base: '100%', xs: 170 }}
      />
      {values.entityId ? (
        <Badge
          size="lg"
          variant="light"
          radius="sm"
          rightSection={
            <CloseButton size="xs" aria-label={t('audit.filters.clearRecord')} onClick={() => onChange({ entityId: undefined })} />
          }
        >
          {t('audit.filters.record', { id: values.entityId })}
        </Badge>
      ) : null}
    </Group>
  );
}
