import { Box, Group, Stack, Text } from '@mantine/core';
import {
  IconBriefcase,
  IconBuildingCommunity,
  IconCalendarStats,
  IconReport,
  IconChartBar,
  IconChartLine,
  IconChecklist,
  IconFileCertificate,
  IconFileText,
  IconFileImport,
  IconFlag,
  IconGauge,
  IconHistory,
  IconSettings,
  IconInbox,
  IconLifebuoy,
  IconBarrierBlock,
  IconListCheck,
  IconMoodEmpty,
  IconPlaneDeparture,
  IconTargetArrow,
  IconUserCircle,
  IconUsers,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { healthQuery } from '../lib/health.js';
import { UnreadBadge } from '../routes/inbox/-components/UnreadBadge.js';
import { NavLinkRouter } from './links.js';
import { useMe } from './me-context.js';

type To = '/workspace' | '/inbox' | '/overview' | '/targets' | '/reported-values' | '/dashboard' | '/engagements' | '/source-documents' | '/agreements' | '/commitments' | '/tasks' | '/activities' | '/outcomes' | '/barriers'
  | '/activities/formalism' | '/support-requests' | '/periods' | '/reports' | '/partners' | '/org-units' | '/imports' | '/users' | '/audit' | '/settings' | '/account';

interface Entry {
  to: To;
  /** Key under `nav.` */
  label: string;
  icon: Icon;
  /** Abilities that must all be granted; none means every signed-in user. */
  abilities?: string[];
  /** Also active on the pages below it. */
  prefix?: boolean;
  testId?: string;
}

interface Section {
  /** Key under `nav.sections.` */
  id: string;
  entries: Entry[];
}

const SECTIONS: Section[] = [
  {
    id: 'implementation',
    entries: [
      { to: '/workspace', label: 'workspace', icon: IconBriefcase, abilities: ['business.workspace'], testId: 'nav-workspace' },
      { to: '/inbox', label: 'inbox', icon: IconInbox, abilities: ['tasks.read'], testId: 'nav-inbox' },
      { to: '/overview', label: 'overview', icon: IconWorld, abilities: ['dashboard.read'], testId: 'nav-overview' },
      { to: '/targets', label: 'targets', icon: IconFlag, abilities: ['dashboard.read'], testId: 'nav-targets' },
      { to: '/reported-values', label: 'reportedValues', icon: IconChartLine, abilities: ['dashboard.read'], testId: 'nav-reported-values' },
      { to: '/dashboard', label: 'dashboard', icon: IconGauge, abilities: ['dashboard.read'], prefix: true },
      { to: '/engagements', label: 'engagements', icon: IconPlaneDeparture, abilities: ['engagements.read'], prefix: true },
      { to: '/source-documents', label: 'sourceDocuments', icon: IconFileText, abilities: ['sourceDocuments.read'], prefix: true, testId: 'nav-source-documents' },
      { to: '/agreements', label: 'agreements', icon: IconFileCertificate, abilities: ['agreements.read'], prefix: true },
      { to: '/commitments', label: 'commitments', icon: IconTargetArrow, abilities: ['commitments.read'], prefix: true },
      { to: '/tasks', label: 'tasks', icon: IconChecklist, abilities: ['tasks.read'], prefix: true },
    ],
  },
  {
    id: 'activities',
    entries: [
      { to: '/activities', label: 'activities', icon: IconListCheck, abilities: ['activities.read'], prefix: true },
      { to: '/outcomes', label: 'outcomes', icon: IconChartBar, abilities: ['activities.read'], prefix: true },
      { to: '/activities/formalism', label: 'formalism', icon: IconMoodEmpty, abilities: ['activities.read', 'activities.formalism'] },
      { to: '/support-requests', label: 'supportRequests', icon: IconLifebuoy, abilities: ['supportRequests.read'], prefix: true },
      { to: '/barriers', label: 'barriers', icon: IconBarrierBlock, abilities: ['barriers.read'], prefix: true, testId: 'nav-barriers' },
      { to: '/periods', label: 'periods', icon: IconCalendarStats, abilities: ['activities.read'], prefix: true },
      { to: '/reports', label: 'reports', icon: IconReport, abilities: ['reports.read'], prefix: true, testId: 'nav-reports' },
    ],
  },
  {
    id: 'catalogue',
    entries: [
      { to: '/partners', label: 'partners', icon: IconWorld, abilities: ['partners.read'], prefix: true },
      { to: '/org-units', label: 'orgUnits', icon: IconBuildingCommunity, prefix: true },
      { to: '/imports', label: 'imports', icon: IconFileImport, abilities: ['imports.run'] },
    ],
  },
  {
    id: 'administration',
    entries: [
      { to: '/users', label: 'users', icon: IconUsers, abilities: ['users.manage'] },
      { to: '/audit', label: 'audit', icon: IconHistory, abilities: ['audit.read'] },
      { to: '/settings', label: 'settings', icon: IconSettings, abilities: ['settings.manage'] },
      { to: '/account', label: 'account', icon: IconUserCircle },
    ],
  },
];

const ICON = { size: 18, stroke: 1.6, 'aria-hidden': true } as const;

/**
 * The side menu, in labelled sections. Each section is a list named by its label (`aria-labelledby`),
 * so a screen reader announces "Catalogue, list, 3 items"; sections with no entry for this user are left out.
 */
export function MainNav() {
  const { t } = useTranslation();
  const { abilities } = useMe();
  const health = useQuery(healthQuery);
  const allowed = (entry: Entry) => (entry.abilities ?? []).every((ability) => abilities[ability] === true);
  const sections = SECTIONS.map((section) => ({ ...section, entries: section.entries.filter(allowed) })).filter(
    (section) => section.entries.length > 0,
  );
  return (
    <Stack justify="space-between" h="100%" gap="md">
      <Stack gap="sm">
        {sections.map((section) => {
          const labelId = `nav-section-${section.id}`;
          return (
            <Box key={section.id}>
              <Text id={labelId} size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4} className="nav-section-label">
                {t(`nav.sections.${section.id}`)}
              </Text>
              <Stack gap={2} component="ul" aria-labelledby={labelId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {section.entries.map((entry) => (
                  <li key={entry.to}>
                    <NavEntry entry={entry} label={t(`nav.${entry.label}`)} />
                  </li>
                ))}
              </Stack>
            </Box>
          );
        })}
      </Stack>
      {health.data ? (
        <Text size="xs" c="dimmed" px="sm" data-testid="app-version">
          econdip {health.data.version} · {health.data.database}
        </Text>
      ) : null}
    </Stack>
  );
}

function NavEntry({ entry, label }: { entry: Entry; label: string }) {
  const EntryIcon = entry.icon;
  // The unread count also shows on the bell in the header; here it is for the open desktop menu.
  const content: ReactNode =
    entry.to === '/inbox' ? (
      <Group gap={6} wrap="nowrap" justify="space-between">
        <span>{label}</span>
        <UnreadBadge />
      </Group>
    ) : (
      label
    );
  return (
    <NavLinkRouter
      to={entry.to}
      label={content}
      leftSection={<EntryIcon {...ICON} />}
      activeProps={{ active: true }}
      activeOptions={{ exact: !entry.prefix }}
      data-testid={entry.testId}
    />
  );
}
