import { AppShell, Box, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { meQuery, useSaveLocale } from '../routes/auth/-api.js';
import { NotificationBell } from '../routes/inbox/-components/UnreadBadge.js';
import { HeaderSearch } from '../routes/search/-components/HeaderSearch.js';
import { Brand } from './Brand.js';
import { DemoBanner } from './DemoBanner.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { MainNav } from './MainNav.js';
import { Loading } from './QueryState.js';
import { MeContext } from './me-context.js';
import { SkipLink } from './SkipLink.js';
import { UserMenu } from './UserMenu.js';

export const MAIN_ID = 'main-content';

/** The signed-in shell: header, navigation (a drawer behind the burger on phones) and main area. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: me } = useQuery(meQuery);
  const [opened, { toggle, close }] = useDisclosure(false);
  const saveLocale = useSaveLocale();
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  useEffect(close, [pathname, close]);

  // Signed out (or the session expired, see router.tsx): back to the sign-in page.
  if (!me) return <Navigate to="/sign-in" search={{ redirect: pathname }} replace />;

  return (
    <MeContext.Provider value={me}>
      <SkipLink targetId={MAIN_ID} />
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
                aria-expanded={opened}
                aria-controls="main-navigation"
                data-testid="burger"
              />
              <Brand />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <HeaderSearch />
              {me.abilities['tasks.read'] === true ? <NotificationBell /> : null}
              <LanguageSwitch onChange={(language) => saveLocale.mutate(language)} />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          p="xs"
          id="main-navigation"
          className="app-navbar"
          data-mobile-closed={opened ? undefined : true}
          aria-label={t('shell.navigation')}
          onClick={(event) => {
            // A link to the page already shown changes no route, yet the phone menu must still close.
            if (event.target instanceof Element && event.target.closest('a')) close();
          }}
        >
          <MainNav />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ outline: 'none' }}>
          <Box maw={1280} mx="auto">
            <Box mb="sm">
              <DemoBanner />
            </Box>
            <Suspense fallback={<Loading lines={8} />}>
              <Outlet />
            </Suspense>
          </Box>
        </AppShell.Main>
      </AppShell>
    </MeContext.Provider>
  );
}
