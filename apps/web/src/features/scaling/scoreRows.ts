import { ScaleScoreInput, type FieldError, type ScalePerspective } from '@inddrag/contracts';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from '../../api/ApiError';

/**
 * One row of ScaleScoreFields: who answered and what they said. The scale, the date, the question
 * and the assessment are the same for every row and belong to the form around it.
 */
export const ScaleScoreRow = ScaleScoreInput.pick({
  perspective: true,
  respondent: true,
  networkPersonId: true,
  respondentUserId: true,
  score: true,
  reason: true,
  oneStepUp: true,
});
/** The row as the form holds it (the score is undefined until one is chosen). */
export type ScaleScoreRowValues = z.input<typeof ScaleScoreRow>;
export type ScaleScoreRowOutput = z.output<typeof ScaleScoreRow>;

/** A name the respondent field suggests, with what it links the score to when chosen. */
export interface RespondentSuggestion {
  name: string;
  perspective?: ScalePerspective;
  networkPersonId?: string;
  respondentUserId?: string;
}

export function emptyScaleScoreRow(perspective: ScalePerspective = 'PROFESSIONAL'): ScaleScoreRowValues {
  return {
    perspective,
    respondent: '',
    networkPersonId: null,
    respondentUserId: null,
    score: undefined as unknown as number,
    reason: '',
    oneStepUp: '',
  };
}

/** What every row shares, set once in the surrounding form. */
export interface SharedScoreFields {
  statementId: string | null;
  scoredOn: string;
  question: string;
  assessmentId?: string | null;
}

/**
 * The rows as the API's ScaleScoreInput list. A respondent written exactly as a suggestion is linked
 * to that suggestion's network person or user; empty texts are sent as null.
 */
export function toScaleScoreInputs(
  rows: readonly ScaleScoreRowOutput[],
  shared: SharedScoreFields,
  suggestions: readonly RespondentSuggestion[] = [],
): ScaleScoreInput[] {
  return rows.map((row) => {
    const match = suggestions.find((s) => s.name === row.respondent);
    return {
      statementId: shared.statementId,
      scoredOn: shared.scoredOn,
      question: shared.question,
      assessmentId: shared.assessmentId ?? null,
      perspective: row.perspective,
      respondent: row.respondent,
      networkPersonId: row.networkPersonId ?? match?.networkPersonId ?? null,
      respondentUserId: row.respondentUserId ?? match?.respondentUserId ?? null,
      score: row.score,
      reason: row.reason ? row.reason : null,
      oneStepUp: row.oneStepUp ? row.oneStepUp : null,
    };
  });
}

/**
 * Puts the API's 400 field errors about the rows onto the form: `body.scores.2.score` becomes
 * `<name>.2.score`. Any other error is offered to `placeOther` (e.g. to put a row's `scoredOn` on
 * the form's shared date); the messages of those it does not place are returned for the summary.
 */
export function applyScoreRowErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  name: string,
  apiPath = 'body.scores',
  placeOther: (fieldError: FieldError) => boolean = () => false,
): string[] {
  if (!isApiError(error)) return [];
  const rest: string[] = [];
  const rowFields = new Set(Object.keys(ScaleScoreRow.shape));
  for (const fieldError of error.fieldErrors) {
    const match = new RegExp(`^${apiPath.replace(/\./g, '\\.')}\\.(\\d+)\\.(\\w+)$`).exec(fieldError.path);
    if (match && rowFields.has(match[2]!)) {
      setError(`${name}.${match[1]}.${match[2]}` as Path<T>, { type: 'server', message: fieldError.message });
    } else if (!placeOther(fieldError)) {
      rest.push(fieldError.message);
    }
  }
  return rest;
}
