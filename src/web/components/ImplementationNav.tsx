import { Group } from '@mantine/core';
import { IconChecklist, IconFileCertificate, IconGauge, IconInbox, IconPlaneDeparture, IconTargetArrow, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UnreadBadge } from '../routes/inbox/-components/UnreadBadge.js';
import { NavLinkRouter } from './links.js';
import { useCan } from './me-context.js';

const ICON = { size: 18, stroke: 1.6, 'aria-hidden': true } as const;

/** Inbox, implementation dashboard, engagements → agreements → commitments → tasks, and partners; each by its ability. */
export function ImplementationNav() {
  const { t } = useTranslation();
  const can = {
    dashboard: useCan('dashboard.read'),
    engagements: useCan('engagements.read'),
    agreements: useCan('agreements.read'),
    commitments: useCan('commitments.read'),
    tasks: useCan('tasks.read'),
    partners: useCan('partners.read'),
  };
  const link = { activeProps: { active: true } } as const;
  return (
    <>
      {can.tasks ? (
        <li>
          <NavLinkRouter
            to="/inbox"
            label={
              <Group gap={6} wrap="nowrap" justify="space-between">
                <span>{t('nav.inbox')}</span>
                <UnreadBadge />
              </Group>
            }
            leftSection={<IconInbox {...ICON} />}
            data-testid="nav-inbox"
            {...link}
          />
        </li>
      ) : null}
      {can.dashboard ? (
        <li>
          <NavLinkRouter to="/dashboard" label={t('nav.dashboard')} leftSection={<IconGauge {...ICON} />} activeOptions={{ exact: false }} {...link} />
        </li>
      ) : null}
      {can.engagements ? (
        <li>
          <NavLinkRouter to="/engagements" label={t('nav.engagements')} leftSection={<IconPlaneDeparture {...ICON} />} activeOptions={{ exact: false }} {...link} />
        </li>
      ) : null}
      {can.agreements ? (
        <li>
          <NavLinkRouter to="/agreements" label={t('nav.agreements')} leftSection={<IconFileCertificate {...ICON} />} activeOptions={{ exact: false }} {...link} />
        </li>
      ) : null}
      {can.commitments ? (
        <li>
          <NavLinkRouter to="/commitments" label={t('nav.commitments')} leftSection={<IconTargetArrow {...ICON} />} activeOptions={{ exact: false }} {...link} />
        </li>
      ) : null}
      {can.tasks ? (
        <li>
          <NavLinkRouter to="/tasks" label={t('nav.tasks')} leftSection={<IconChecklist {...ICON} />} activeOptions={{ exact: false }} {...link} />
        </li>
      ) : null}
      {can.partners ? (
        <li>
          <NavLinkRouter to="/partners" label={t('nav.partners')} leftSection={<IconWorld {...ICON} />} activeOptions={{ exact: false }} {...link} />
        </li>
      ) : null}
    </>
  );
}
