import { Text } from '@mantine/core';

/** A dimmed sentence where a list or table has nothing to show. */
export function EmptyText({ children }: { children: string }) {
  return (
    <Text c="dimmed" size="sm">
      {children}
    </Text>
  );
}
