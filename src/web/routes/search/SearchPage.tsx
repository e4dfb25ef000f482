import { Anchor, Button, Group, List, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchGroup, SearchType } from '../../../shared/schemas/search.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { Pager } from '../../components/Pager.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { useFormat } from '../../lib/format.js';
import { hitTarget, searchQuery } from './-api.js';
import { HitDetail, useHitTitle } from './-components/HitText.js';

const PER_TYPE = 5;
const PAGE_SIZE = 25;

interface SearchPageProps {
  q?: string;
  type?: SearchType;
  page: number;
  onChange: (values: { q?: string; type?: SearchType; page?: number }) => void;
}

function GroupHits({ group }: { group: SearchGroup }) {
  const title = useHitTitle();
  return (
    <List listStyleType="none" spacing="xs" data-testid={`search-group-${group.type}`}>
      {group.items.map((hit) => (
        <List.Item key={hit.id}>
          <AnchorLink to={hitTarget(hit)}>{title(hit)}</AnchorLink>
          <HitDetail hit={hit} />
        </List.Item>
      ))}
    </List>
  );
}

/** Every record the user may read that matches the text, grouped by type; a type's group pages on its own. */
export function SearchPage({ q, type, page, onChange }: SearchPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState(q ?? '');
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    // A search started elsewhere (the header) replaces the text; the user's own typing already matches it.
    setShownQ(q);
    if ((q ?? '') !== text.trim()) setText(q ?? '');
  }
  const commit = useDebouncedCallback((next: string) => onChange({ q: next.trim() || undefined, type, page: undefined }), 300);
  const query = useQuery(searchQuery({ q: q ?? '', type, page: type ? page : undefined, pageSize: type ? PAGE_SIZE : PER_TYPE }));
  const groups = query.data?.groups ?? [];
  const found = groups.filter((group) => group.total > 0);

  return (
    <Page title={type ? t('search.titleOf', { type: t(`search.types.${type}`) }) : t('search.title')} subtitle={t('search.subtitle')}>
      <form
        role="search"
        aria-label={t('search.label')}
        onSubmit={(event) => {
          event.preventDefault();
          commit.cancel?.();
          onChange({ q: text.trim() || undefined, type, page: undefined });
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('search.label')}
            placeholder={t('search.placeholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            autoFocus
            data-testid="search-page-input"
            onChange={(event) => {
              setText(event.currentTarget.value);
              commit(event.currentTarget.value);
            }}
            style={{ flex: 1 }}
            miw={220}
          />
          <Button type="submit">{t('common.search')}</Button>
        </Group>
      </form>
      {type ? (
        <Anchor component="button" type="button" onClick={() => onChange({ q, type: undefined, page: undefined })} size="sm" style={{ alignSelf: 'flex-start' }}>
          {t('search.allTypes')}
        </Anchor>
      ) : null}
      {!q ? (
        <Text c="dimmed">{t('search.hint')}</Text>
      ) : query.isPending ? (
        <Loading lines={6} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : found.length === 0 ? (
        <Text c="dimmed" role="status">
          {t('search.nothingFor', { q })}
        </Text>
      ) : type ? (
        <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
            <GroupHits group={found[0]!} />
            <Pager page={page} pageSize={PAGE_SIZE} total={found[0]!.total} onChange={(next) => onChange({ q, type, page: next })} />
          </Stack>
        </Paper>
      ) : (
        <Stack gap="md" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
          <Text size="sm" c="dimmed" role="status">
            {t('search.summary', { count: found.reduce((sum, group) => sum + group.total, 0), total: format.number(found.reduce((sum, group) => sum + group.total, 0)) })}
          </Text>
          {found.map((group) => (
            <Section key={group.type} title={`${t(`search.types.${group.type}`)} (${format.number(group.total)})`}>
              <GroupHits group={group} />
              {group.total > group.items.length ? (
                <ButtonLink to="/search" search={{ q, type: group.type }} variant="light" size="xs" style={{ alignSelf: 'flex-start' }}>
                  {t('search.showAll', { count: group.total, total: format.number(group.total), type: t(`search.types.${group.type}`) })}
                </ButtonLink>
              ) : null}
            </Section>
          ))}
        </Stack>
      )}
    </Page>
  );
}
