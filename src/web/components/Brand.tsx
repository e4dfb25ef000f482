import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconWorldShare } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';

export function Brand() {
  return (
    <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }} aria-label="econdip">
      <Group gap={8} wrap="nowrap">
        <ThemeIcon size="md" radius="md" aria-hidden>
          <IconWorldShare size={18} />
        </ThemeIcon>
        <Text fw={700} size="lg" aria-hidden>
          econdip
        </Text>
      </Group>
    </Link>
  );
}
