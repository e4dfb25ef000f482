import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.js';
import { useLogout } from '../routes/auth/-api.js';
import { useMe } from './me-context.js';

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useMe();
  const format = useFormat();
  const logout = useLogout();
  const navigate = useNavigate();

  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => void navigate({ to: '/sign-in', search: {} }) });

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.userMenu', { name: user.name })} data-testid="user-menu">
          <Group gap={6} wrap="nowrap">
            <Avatar size="sm" color="blue" radius="xl" aria-hidden />
            <Text size="sm" fw={500} visibleFrom="sm" lineClamp={1} maw={180}>
              {user.name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {user.name}
          </Text>
          <Text size="xs">{user.email}</Text>
          <Text size="xs" data-testid="user-role">
            {t(`roles.${user.role}`)}
            {user.unit ? ` · ${format.name(user.unit.name)}` : ''}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item onClick={signOut} leftSection={<IconLogout size={16} aria-hidden />}>
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
