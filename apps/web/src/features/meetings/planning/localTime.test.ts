import { describe, expect, it } from 'vitest';
import { copenhagenParts, copenhagenToIso, plusDays } from './localTime';

describe('Copenhagen local time', () => {
  it('turns a winter and a summer wall-clock time into UTC', () => {
    expect(copenhagenToIso('2026-12-03', '15:00')).toBe('2026-12-03T14:00:00.000Z');
    expect(copenhagenToIso('2026-06-10', '10:30')).toBe('2026-06-10T08:30:00.000Z');
  });

  it('handles the days summer time starts and ends', () => {
    expect(copenhagenToIso('2026-03-29', '12:00')).toBe('2026-03-29T10:00:00.000Z');
    expect(copenhagenToIso('2026-10-25', '12:00')).toBe('2026-10-25T11:00:00.000Z');
  });

  it('reads an instant back as the date and time in Copenhagen', () => {
    expect(copenhagenParts('2026-12-03T23:30:00.000Z')).toEqual({ date: '2026-12-04', time: '00:30' });
    expect(copenhagenParts(copenhagenToIso('2026-07-01', '08:05'))).toEqual({ date: '2026-07-01', time: '08:05' });
  });

  it('adds calendar days across a month', () => {
    expect(plusDays('2026-11-27', 7)).toBe('2026-12-04');
  });
});
