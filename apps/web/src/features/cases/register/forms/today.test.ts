import { describe, expect, it } from 'vitest';
import { copenhagenToday } from './today';

describe('copenhagenToday', () => {
  it('is the Copenhagen calendar date, not the UTC one', () => {
    expect(copenhagenToday(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(copenhagenToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(copenhagenToday(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
