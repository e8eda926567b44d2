import { describe, expect, it } from 'vitest';
import { copenhagenToday } from './today';

describe('copenhagenToday', () => {
  it('is the Copenhagen calendar date, also when UTC is still on the day before', () => {
    expect(copenhagenToday(new Date('2026-11-24T22:59:00Z'))).toBe('2026-11-24');
    expect(copenhagenToday(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(copenhagenToday(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });
});
