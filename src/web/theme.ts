import { Badge, createTheme, DEFAULT_THEME, TableScrollContainer, type CSSVariablesResolver } from '@mantine/core';

/** Shade 8 of the palette keeps white text on filled buttons above 4.5:1 (WCAG AA). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  autoContrast: true,
  // Modals, menus and toasts appear without animation for people who ask the system for less motion.
  respectReducedMotion: true,
  components: {
    // A table wider than a phone scrolls sideways: keyboard users must be able to focus the region to scroll it.
    // A status badge never cuts its words ("Có n…"): it keeps its width in a row and wraps where space runs out.
    Badge: Badge.extend({
      styles: {
        root: { flexShrink: 0, maxWidth: '100%', height: 'auto', minHeight: 'var(--badge-height)' },
        label: { overflow: 'visible', textOverflow: 'clip', whiteSpace: 'normal', lineHeight: 1.3, paddingBlock: 2 },
      },
    }),
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } }),
  },
});

/**
 * Light variants (badges, the active menu entry) get the darkest text on the palest background, and
 * dimmed text is gray.7 and error text red.9: Mantine's defaults fall below 4.5:1 for several colours.
 * Green, orange, yellow and lime still fail as light badges: use teal, violet, cyan instead.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.keys(DEFAULT_THEME.colors).flatMap((color) => [
        [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`],
        [`--mantine-color-${color}-light-hover`, `var(--mantine-color-${color}-1)`],
        [`--mantine-color-${color}-light-color`, `var(--mantine-color-${color}-9)`],
      ]),
    ),
  },
  dark: {},
});
