import type { UnitSummary, UpdateUserRequest, UserSummary } from '@inddrag/contracts';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** "No unit" in a unit select: the empty option. */
export const NO_UNIT = '';

/**
 * A native select cannot hold null, so the form keeps "no unit" as ''; the contract wants null.
 * Wraps the contract's resolver so that validation (and the submitted values) see null.
 */
export function withUnitIdFromSelect<T extends FieldValues & { unitId: string | null }, C, O>(
  resolver: Resolver<T, C, O>,
): Resolver<T, C, O> {
  return (values, context, options) =>
    resolver({ ...values, unitId: values.unitId === NO_UNIT ? null : values.unitId }, context, options);
}

/** The edit form's starting values: what the admin sees now, with the version to send back. */
export function toEditValues(user: UserSummary): z.input<typeof UpdateUserRequest> {
  return { name: user.name, role: user.role, unitId: user.unit?.id ?? NO_UNIT, version: user.version };
}

export interface Option {
  value: string;
  label: string;
}

export function unitOptions(units: readonly z.infer<typeof UnitSummary>[], noUnitLabel: string): Option[] {
  return [{ value: NO_UNIT, label: noUnitLabel }, ...units.map((unit) => ({ value: unit.id, label: unit.name }))];
}
