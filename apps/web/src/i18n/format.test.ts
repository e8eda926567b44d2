import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDate, formatDateTime, formatNumber } from './format';

describe('dates are shown in Europe/Copenhagen time', () => {
  it('moves a late-evening UTC instant to the next Danish day (winter, UTC+1)', () => {
    expect(formatDate('2026-03-01T23:30:00Z', 'da-DK')).toBe('02.03.2026');
  });

  it('uses summer time (UTC+2)', () => {
    expect(formatDateTime('2026-07-01T22:15:00Z', 'da-DK')).toMatch(/^02\.07\.2026.*00[.:]15$/);
  });

  it('formats in British English when English is chosen', () => {
    expect(formatDate('2026-03-01T23:30:00Z', 'en-GB')).toBe('02/03/2026');
  });

  it('never shifts a calendar date', () => {
    expect(formatCalendarDate('2026-01-01', 'da-DK')).toBe('01.01.2026');
  });
});

describe('numbers', () => {
  it('use Danish separators', () => {
    expect(formatNumber(12345.5, 'da-DK')).toBe('12.345,5');
  });
});
