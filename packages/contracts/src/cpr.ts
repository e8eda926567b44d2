import { z } from 'zod';

/** A CPR number as typed by a user: 10 digits, with or without the dash after the date. */
export const CprInput = z
  .string()
  .trim()
  .regex(/^\d{6}-?\d{4}$/, 'CPR-nummeret skal have formen DDMMÅÅ-XXXX')
  .transform((value) => value.replace('-', ''))
  .refine((digits) => cprDateOfBirth(digits) !== null, 'CPR-nummerets dato findes ikke');

/** Shown everywhere instead of the full number: `DDMMYY-XXXX`. */
export function maskCpr(cpr: string): string {
  const digits = cpr.replace('-', '');
  return `${digits.slice(0, 6)}-XXXX`;
}

/** Formats a full CPR number as `DDMMYY-NNNN` (only for the logged "vis CPR"). */
export function formatCpr(cpr: string): string {
  const digits = cpr.replace('-', '');
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/**
 * The date of birth a CPR number encodes, as `YYYY-MM-DD`, or null when the date does not exist.
 * The century follows the CPR office's table for the 7th digit.
 */
export function cprDateOfBirth(cpr: string): string | null {
  const digits = cpr.replace('-', '');
  if (!/^\d{10}$/.test(digits)) return null;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const seventh = Number(digits[6]);
  const century = centuryOf(seventh, yy);
  const year = century + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function centuryOf(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/**
 * The classic modulus-11 check. Only a warning: numbers issued since 2007 may fail it.
 */
export function passesModulus11(cpr: string): boolean {
  const digits = cpr.replace('-', '');
  if (!/^\d{10}$/.test(digits)) return false;
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  return sum % 11 === 0;
}
