import { describe, expect, it } from 'vitest';
import { CprInput, cprDateOfBirth, formatCpr, maskCpr, passesModulus11 } from './cpr';

describe('CPR helpers', () => {
  it('masks the last four digits', () => {
    expect(maskCpr('0101201234')).toBe('010120-XXXX');
    expect(maskCpr('010120-1234')).toBe('010120-XXXX');
    expect(formatCpr('0101201234')).toBe('010120-1234');
  });

  it('derives the date of birth with the century from the 7th digit', () => {
    expect(cprDateOfBirth('0101204234')).toBe('2020-01-01');
    expect(cprDateOfBirth('0101801234')).toBe('1980-01-01');
    expect(cprDateOfBirth('0101125234')).toBe('2012-01-01');
    expect(cprDateOfBirth('0101905234')).toBe('1890-01-01');
    expect(cprDateOfBirth('3102201234')).toBeNull();
    expect(cprDateOfBirth('12345')).toBeNull();
  });

  it('validates input format and date but not modulus 11', () => {
    expect(CprInput.parse('010120-4234')).toBe('0101204234');
    expect(CprInput.safeParse('310220-4234').success).toBe(false);
    expect(CprInput.safeParse('abc').success).toBe(false);
  });

  it('reports the modulus-11 check separately', () => {
    expect(passesModulus11('0707614285')).toBe(true);
    expect(passesModulus11('0707614286')).toBe(false);
  });
});
