import { ActionIcon, Combobox, Kbd, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/schemas/search.js';
import { hitTarget, searchQuery } from '../-api.js';
import { HitDetail, useHitTitle } from './HitText.js';

const SEE_ALL = 'all';
/** Suggestions start at two letters; Enter searches any text on the results page. */
const MIN_SUGGEST = 2;

/**
 * The header's search box: suggestions grouped by record type as the user types, Enter for every result.
 * "/" focuses it from anywhere but a field; on phones a button opens the results page instead.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = useHitTitle();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const results = useQuery({ ...searchQuery({ q: debounced, pageSize: 3 }), enabled: debounced.length >= MIN_SUGGEST });

  useHotkeys([
    [
      '/',
      () => {
        if (input.current && input.current.offsetParent !== null) input.current.focus();
        else void navigate({ to: '/search' });
      },
    ],
  ]);

  const hits = new Map<string, SearchHit>();
  const groups = (results.data?.groups ?? []).filter((group) => group.items.length > 0);
  for (const group of groups) for (const hit of group.items) hits.set(`${group.type}:${hit.id}`, hit);

  const finish = () => {
    setText('');
    combobox.closeDropdown();
    input.current?.blur();
  };
  const seeAll = () => {
    const q = text.trim();
    finish();
    void navigate({ to: '/search', search: { q: q || undefined } });
  };

  return (
    <>
      <ActionIcon component={Link} to="/search" variant="subtle" color="gray" size="lg" hiddenFrom="sm" aria-label={t('search.open')} title={t('search.open')}>
        <IconSearch size={20} stroke={1.6} aria-hidden />
      </ActionIcon>
      <Combobox
        store={combobox}
        onOptionSubmit={(value) => {
          const hit = hits.get(value);
          if (value === SEE_ALL || !hit) return seeAll();
          finish();
          void navigate({ to: hitTarget(hit) });
        }}
        withinPortal
        width={420}
        position="bottom-end"
      >
        <Combobox.Target withExpandedAttribute>
          <TextInput
            ref={input}
            visibleFrom="sm"
            w={{ sm: 220, md: 300 }}
            size="sm"
            role="combobox"
            aria-autocomplete="list"
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={results.isFetching ? <Loader size={14} /> : <Kbd size="xs" aria-hidden>/</Kbd>}
            rightSectionPointerEvents="none"
            value={text}
            data-testid="header-search"
            onChange={(event) => {
              setText(event.currentTarget.value);
              combobox.openDropdown();
              combobox.resetSelectedOption();
            }}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && combobox.getSelectedOptionIndex() === -1) {
                event.preventDefault();
                seeAll();
              } else if (event.key === 'Escape') {
                combobox.closeDropdown();
              }
            }}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={text.trim().length < MIN_SUGGEST}>
          <Combobox.Options aria-label={t('search.suggestions')} mah={420} style={{ overflowY: 'auto' }}>
            {groups.map((group) => (
              <Combobox.Group key={group.type} label={t(`search.types.${group.type}`)}>
                {group.items.map((hit) => (
                  <Combobox.Option key={hit.id} value={`${group.type}:${hit.id}`}>
                    <Text size="sm" lineClamp={2}>
                      {title(hit)}
                    </Text>
                    <HitDetail hit={hit} />
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            ))}
            {results.data && groups.length === 0 && debounced === text.trim() ? <Combobox.Empty>{t('search.nothing')}</Combobox.Empty> : null}
            <Combobox.Option value={SEE_ALL}>
              <Text size="sm" fw={500}>
                {t('search.seeAll', { q: text.trim() })}
              </Text>
            </Combobox.Option>
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
    </>
  );
}
