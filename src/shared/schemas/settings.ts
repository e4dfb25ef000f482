import { z } from 'zod';
import { Version } from './common.js';

export const DEFAULT_EXPORT_ROW_CAP = 5_000;

/** What admins can change while the system runs. */
export const SettingsValues = z.object({
  /** The most rows one export may hold; a larger selection is refused and the user narrows the filters. */
  exportRowCap: z.int().min(100).max(100_000),
});
export type SettingsValues = z.infer<typeof SettingsValues>;

export const DEFAULT_SETTINGS: SettingsValues = { exportRowCap: DEFAULT_EXPORT_ROW_CAP };

export const Settings = SettingsValues.extend({ version: z.int() });
export type Settings = z.infer<typeof Settings>;

export const SettingsUpdate = SettingsValues.partial().extend({ version: Version });
export type SettingsUpdate = z.infer<typeof SettingsUpdate>;
