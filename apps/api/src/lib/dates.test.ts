import { describe, expect, it } from 'vitest';
import { ageOn, copenhagenToday, fromIsoDate, toIsoDate } from './dates';

describe('dates', () => {
  it('uses the Copenhagen calendar day, not UTC', () => {
    expect(copenhagenToday(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(copenhagenToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(copenhagenToday(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('counts age in whole years, turning a year older on the birthday', () => {
    expect(ageOn('2010-11-24', '2026-11-23')).toBe(15);
    expect(ageOn('2010-11-24', '2026-11-24')).toBe(16);
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageOn('2012-02-29', '2026-03-01')).toBe(14);
    expect(ageOn('2012-02-29', '2028-02-29')).toBe(16);
    expect(ageOn('2026-11-24', '2026-11-24')).toBe(0);
    expect(ageOn('2026-11-25', '2026-11-24')).toBe(0);
  });

  it('writes a stored date as YYYY-MM-DD, day by day across leap years and month ends', () => {
    for (let time = Date.UTC(2019, 0, 1); time < Date.UTC(2033, 0, 1); time += 86_400_000) {
      const date = new Date(time);
      expect(toIsoDate(date)).toBe(date.toISOString().slice(0, 10));
      expect(fromIsoDate(toIsoDate(date)).getTime()).toBe(time);
    }
    expect(toIsoDate(new Date(Date.UTC(999, 0, 5)))).toBe('0999-01-05');
  });
});
