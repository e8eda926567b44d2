import { describe, expect, it } from 'vitest';
import { emptyToNull, emptyToUndefined, fieldMessage } from './fieldMessage';

describe('fieldMessage', () => {
  it('has no message without an error', () => {
    expect(fieldMessage(undefined, 'Skriv en dato', 'For lang')).toBeUndefined();
  });

  it("shows the API's words for a server error", () => {
    expect(fieldMessage({ type: 'server', message: 'Datoen må ikke ligge i fremtiden' }, 'Skriv en dato', 'For lang')).toBe(
      'Datoen må ikke ligge i fremtiden',
    );
  });

  it('says a text is too long in its own words', () => {
    expect(fieldMessage({ type: 'too_big', message: 'Too big: expected string to have <=200 characters' }, undefined, 'For lang')).toBe(
      'For lang',
    );
  });

  it("prefers the field's own message over the contract's English one", () => {
    expect(fieldMessage({ type: 'invalid_format', message: 'Invalid ISO date' }, 'Skriv en dato', 'For lang')).toBe('Skriv en dato');
  });

  it("keeps the contract's Danish message when the field has none of its own", () => {
    expect(
      fieldMessage({ type: 'invalid_format', message: 'CPR-nummeret skal have formen DDMMÅÅ-XXXX' }, undefined, 'For lang'),
    ).toBe('CPR-nummeret skal have formen DDMMÅÅ-XXXX');
  });
});

describe('empty values', () => {
  it('turns blank text into null and leaves other values', () => {
    expect(emptyToNull('  ')).toBeNull();
    expect(emptyToNull('Skolen')).toBe('Skolen');
    expect(emptyToNull(true)).toBe(true);
  });

  it('turns an empty date into undefined', () => {
    expect(emptyToUndefined('')).toBeUndefined();
    expect(emptyToUndefined('2026-03-01')).toBe('2026-03-01');
  });
});
