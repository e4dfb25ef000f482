import { describe, expect, it } from 'vitest';
import { IsoDate } from '../../shared/schemas/common.js';
import { isWithin, todayIso } from './dates.js';
import { escapeLike } from '../db/search.js';

describe('isWithin (half-open periods)', () => {
  it('includes the first day and excludes the end day', () => {
    expect(isWithin('2025-06-30', null, '2025-07-01')).toBe(true);
    expect(isWithin('2025-07-01', null, '2025-07-01')).toBe(false);
    expect(isWithin('2025-07-01', '2025-07-01', null)).toBe(true);
    expect(isWithin('2025-06-30', '2025-07-01', null)).toBe(false);
  });
});

describe('IsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2025-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2025-13-01').success).toBe(false);
    expect(IsoDate.safeParse('01/07/2025').success).toBe(false);
  });

  it('todayIso gives the day in the configured time zone (Viet Nam by default)', () => {
    expect(todayIso(new Date('2025-07-01T16:30:00Z'))).toBe('2025-07-01');
    expect(todayIso(new Date('2025-07-01T17:30:00Z'))).toBe('2025-07-02');
  });
});

describe('escapeLike', () => {
  it('escapes wildcards and the escape character', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
