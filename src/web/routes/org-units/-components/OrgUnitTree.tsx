import { ActionIcon, Box, Button, Group, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitSummary } from '../../../../shared/schemas/org-units.js';
import { AnchorLink } from '../../../components/links.js';
import { useFormat } from '../../../lib/format.js';
import { intlLocale } from '../../../lib/i18n.js';
import { buildTree, type TreeNode } from './tree.js';
import { TypeBadge } from './TypeBadge.js';

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

/** Initially open: the roots only, so a phone does not start with a hundred rows. */
const initiallyOpen = (roots: TreeNode[]): Set<string> => new Set(roots.map((root) => root.unit.id));

export function OrgUnitTree({ units }: { units: OrgUnitSummary[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const roots = useMemo(() => {
    const collator = new Intl.Collator(intlLocale(i18n.language));
    return buildTree(units, (a, b) => collator.compare(format.name(a.name), format.name(b.name)));
  }, [units, i18n.language, format]);
  const [open, setOpen] = useState<Set<string>>(() => initiallyOpen(roots));

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Box>
      <Group gap="xs" mb="xs">
        <Button size="xs" variant="default" onClick={() => setOpen(new Set(units.map((unit) => unit.id)))}>
          {t('orgUnits.tree.expandAll')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(new Set())}>
          {t('orgUnits.tree.collapseAll')}
        </Button>
      </Group>
      <ul style={listStyle} data-testid="org-unit-tree" aria-label={t('orgUnits.tree.label')}>
        {roots.map((node) => (
          <TreeItem key={node.unit.id} node={node} depth={0} open={open} onToggle={toggle} />
        ))}
      </ul>
    </Box>
  );
}

interface TreeItemProps {
  node: TreeNode;
  depth: number;
  open: Set<string>;
  onToggle: (id: string) => void;
}

function TreeItem({ node, depth, open, onToggle }: TreeItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = format.name(node.unit.name);
  const expanded = open.has(node.unit.id);
  const hasChildren = node.children.length > 0;
  const childListId = `children-${node.unit.id}`;
  return (
    <li>
      <Group gap={6} wrap="nowrap" align="flex-start" py={4} pl={depth * 16} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            mt={2}
            onClick={() => onToggle(node.unit.id)}
            aria-expanded={expanded}
            aria-controls={expanded ? childListId : undefined}
            aria-label={t(expanded ? 'orgUnits.tree.collapse' : 'orgUnits.tree.expand', { name })}
          >
            {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </ActionIcon>
        ) : (
          <Box w={22} style={{ flexShrink: 0 }} />
        )}
        <Group gap={6} wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
          <AnchorLink to="/org-units/$orgUnitId" params={{ orgUnitId: node.unit.id }} fw={depth === 0 ? 600 : 400}>
            {name}
          </AnchorLink>
          <TypeBadge type={node.unit.type} />
          {hasChildren ? (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('orgUnits.tree.below', { count: node.descendants, value: format.number(node.descendants) })}
            </Text>
          ) : null}
        </Group>
      </Group>
      {hasChildren && expanded ? (
        <ul style={listStyle} id={childListId}>
          {node.children.map((child) => (
            <TreeItem key={child.unit.id} node={child} depth={depth + 1} open={open} onToggle={onToggle} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
