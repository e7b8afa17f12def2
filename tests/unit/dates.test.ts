import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayFromUtcDate, dayNumber, daysBetween, isDay, localToday, monthStartAfter } from '../../src/lib/dates.ts';

const zones = ['Etc/GMT+12', 'UTC', 'Asia/Kuala_Lumpur', 'Pacific/Kiritimati', 'America/Los_Angeles'];
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar days', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('2026-7-6')).toBe(false);
    expect(isDay('2026-07-06T00:00')).toBe(false);
  });

  it('counts days across month, year and DST boundaries', () => {
    expect(daysBetween('2026-07-01', '2026-09-30')).toBe(91);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(addDays('2026-10-25', 7)).toBe('2026-11-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(monthStartAfter('2026-11-15', 3)).toBe('2027-02-01');
  });

  it('gives the same answers in every time zone', () => {
    for (const tz of zones) {
      process.env.TZ = tz;
      expect(dayNumber('2026-07-06')).toBe(20640);
      expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
      expect(dayFromUtcDate(new Date(Date.UTC(2026, 6, 6)))).toBe('2026-07-06');
      expect(monthStartAfter('2026-01-31', 1)).toBe('2026-02-01');
    }
  });

  it('takes the local day as the default as-of date', () => {
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
    expect(localToday(new Date(Date.UTC(2026, 10, 25, 12)))).toBe('2026-11-26');
    process.env.TZ = 'Etc/GMT+12'; // UTC-12
    expect(localToday(new Date(Date.UTC(2026, 10, 25, 11)))).toBe('2026-11-24');
  });
});
