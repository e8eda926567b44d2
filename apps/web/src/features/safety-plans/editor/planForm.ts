import { IMMEDIATE_PLAN_FIRST_REVIEW_DAYS, SafetyPlanFields, type SafetyPlanDetail, type SaveSafetyPlanRequest, OptionalDateInputValue, DateInputValue } from '@inddrag/contracts';
import type { FieldPath, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '../../../api/ApiError';

/**
 * The plan as the form holds it: the contract's fields, with the start date empty until chosen and the
 * review dates as rows (a field array needs objects). Held reviews are not in the form; they stay.
 */
export const PlanForm = SafetyPlanFields.omit({ startsOn: true, reviewDates: true }).extend({
  startsOn: OptionalDateInputValue,
  reviewDates: z.array(z.object({ date: DateInputValue })).max(30),
});
export type PlanFormValues = z.input<typeof PlanForm>;
export type PlanFormOutput = z.output<typeof PlanForm>;

export function formValuesOf(plan: SafetyPlanDetail): PlanFormValues {
  return {
    immediate: plan.immediate,
    startsOn: plan.startsOn ?? '',
    statementIds: plan.statements.map((s) => s.id),
    rules: plan.rules.map((rule) => ({
      id: rule.id,
      text: rule.text,
      responsiblePersonIds: rule.responsible.map((p) => p.id),
      monitoredBy: rule.monitoredBy,
      warningSigns: rule.warningSigns,
      ifBroken: rule.ifBroken,
    })),
    network: plan.network.map((member) => ({ personId: member.id, role: member.role })),
    checks: plan.checks.map(({ who, userId, what, schedule }) => ({ who, userId, what, schedule })),
    childExplanation: plan.childExplanation,
    images: plan.images.map(({ documentId, caption }) => ({ documentId, caption })),
    closureCriteria: plan.closureCriteria,
    reviewDates: plan.reviews.filter((r) => r.heldOn === null).map((r) => ({ date: r.dueOn })),
  };
}

export function toSaveRequest(values: PlanFormOutput, version: number): SaveSafetyPlanRequest {
  return {
    ...values,
    startsOn: values.startsOn || null,
    network: values.network.map((member) => ({ personId: member.personId, role: member.role || null })),
    images: values.images.map((image) => ({ documentId: image.documentId, caption: image.caption || null })),
    reviewDates: values.reviewDates.map((row) => row.date),
    version,
  };
}

/** `YYYY-MM-DD` plus days, in calendar terms (no time zone involved). */
export function plusDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const firstReviewSuggestion = (startsOn: string) => plusDays(startsOn, IMMEDIATE_PLAN_FIRST_REVIEW_DAYS);

/**
 * Where an API field error shows in the form. A person or pair refused by the rules belongs to the
 * group it was chosen in (`body.network.1.personId` → `network`), a text to its field.
 */
export function formPathOf(apiPath: string): FieldPath<PlanFormValues> | null {
  const path = apiPath.replace(/^body\./, '');
  const responsible = /^rules\.(\d+)\.responsiblePersonIds(\.\d+)?$/.exec(path);
  if (responsible) return `rules.${Number(responsible[1])}.responsiblePersonIds`;
  if (/^(network|statementIds|images)(\.|$)/.test(path)) return path.split('.')[0] as 'network' | 'statementIds' | 'images';
  const review = /^reviewDates\.(\d+)$/.exec(path);
  if (review) return `reviewDates.${Number(review[1])}.date`;
  if (path === 'reviewDates') return 'reviewDates';
  if (/^(rules|checks)\.\d+\.\w+$/.test(path) || /^(startsOn|childExplanation|closureCriteria)$/.test(path))
    return path as FieldPath<PlanFormValues>;
  return null;
}

/** Puts a 400's field errors on the form; returns every message, for the summary above it. */
export function applyServerErrors(error: unknown, setError: UseFormSetError<PlanFormValues>): { path: FieldPath<PlanFormValues> | null; message: string }[] {
  if (!isApiError(error)) return [];
  const seen = new Map<string, string[]>();
  const items = error.fieldErrors.map((fieldError) => ({ path: formPathOf(fieldError.path), message: fieldError.message }));
  for (const item of items) {
    if (!item.path) continue;
    seen.set(item.path, [...(seen.get(item.path) ?? []), item.message]);
  }
  for (const [path, messages] of seen) setError(path as FieldPath<PlanFormValues>, { type: 'server', message: messages.join(' ') });
  return items;
}

/** The DOM id of a form path's field, for the error summary's links. */
export const fieldIdOf = (formId: string, path: string) => `${formId}-${path.replace(/\./g, '-')}`;
