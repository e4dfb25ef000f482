import { Anchor, type AnchorProps, Button, type ButtonProps, NavLink, type NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

function AnchorBase(props: AnchorProps & ComponentPropsWithRef<'a'>) {
  return <Anchor {...props} />;
}

function NavLinkBase(props: NavLinkProps & ComponentPropsWithRef<'a'>) {
  return <NavLink component="a" {...props} />;
}

function ButtonBase(props: ButtonProps & ComponentPropsWithRef<'a'>) {
  return <Button component="a" {...props} />;
}

/** Mantine `Anchor` that navigates with the router (typed `to`/`params`/`search`). */
export const AnchorLink = createLink(AnchorBase);

/** Mantine `NavLink` that navigates with the router. */
export const NavLinkRouter = createLink(NavLinkBase);

/** Mantine `Button` that navigates with the router. */
export const ButtonLink = createLink(ButtonBase);
