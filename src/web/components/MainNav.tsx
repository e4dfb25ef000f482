import { Stack, Text } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconCalendarStats,
  IconChartBar,
  IconHistory,
  IconLifebuoy,
  IconListCheck,
  IconMoodEmpty,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { healthQuery } from '../lib/health.js';
import { ImplementationNav } from './ImplementationNav.js';
import { NavLinkRouter } from './links.js';
import { useCan } from './me-context.js';

const ICON = { size: 18, stroke: 1.6, 'aria-hidden': true } as const;

export function MainNav() {
  const { t } = useTranslation();
  const canManageUsers = useCan('users.manage');
  const canReadAudit = useCan('audit.read');
  const canReadActivities = useCan('activities.read');
  const canReadFormalism = useCan('activities.formalism');
  const health = useQuery(healthQuery);
  return (
    <Stack justify="space-between" h="100%">
      <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        <ImplementationNav />
        {canReadActivities ? (
          <>
            <li>
              <NavLinkRouter to="/activities" label={t('nav.activities')} leftSection={<IconListCheck {...ICON} />} activeProps={{ active: true }} activeOptions={{ exact: false }} />
            </li>
            <li>
              <NavLinkRouter to="/outcomes" label={t('nav.outcomes')} leftSection={<IconChartBar {...ICON} />} activeProps={{ active: true }} />
            </li>
            {canReadFormalism ? (
              <li>
                <NavLinkRouter to="/activities/formalism" label={t('nav.formalism')} leftSection={<IconMoodEmpty {...ICON} />} activeProps={{ active: true }} />
              </li>
            ) : null}
            <li>
              <NavLinkRouter to="/support-requests" label={t('nav.supportRequests')} leftSection={<IconLifebuoy {...ICON} />} activeProps={{ active: true }} />
            </li>
            <li>
              <NavLinkRouter to="/periods" label={t('nav.periods')} leftSection={<IconCalendarStats {...ICON} />} activeProps={{ active: true }} />
            </li>
          </>
        ) : null}
        <li>
          <NavLinkRouter to="/org-units" label={t('nav.orgUnits')} leftSection={<IconBuildingCommunity {...ICON} />} activeProps={{ active: true }} />
        </li>
        {canManageUsers ? (
          <li>
            <NavLinkRouter to="/users" label={t('nav.users')} leftSection={<IconUsers {...ICON} />} activeProps={{ active: true }} />
          </li>
        ) : null}
        {canReadAudit ? (
          <li>
            <NavLinkRouter to="/audit" label={t('nav.audit')} leftSection={<IconHistory {...ICON} />} activeProps={{ active: true }} />
          </li>
        ) : null}
        <li>
          <NavLinkRouter to="/account" label={t('nav.account')} leftSection={<IconUserCircle {...ICON} />} activeProps={{ active: true }} />
        </li>
      </Stack>
      {health.data ? (
        <Text size="xs" c="dimmed" px="sm" data-testid="app-version">
          econdip {health.data.version} · {health.data.database}
        </Text>
      ) : null}
    </Stack>
  );
}
