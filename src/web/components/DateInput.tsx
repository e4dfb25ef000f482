import { TextInput, type TextInputProps } from '@mantine/core';

/** The browser's own date picker (YYYY-MM-DD value, shown in the user's locale). */
export function DateInput(props: Omit<TextInputProps, 'type'>) {
  return <TextInput type="date" {...props} />;
}
