import { z } from 'zod';

/** One field-level error inside a problem: `path` is the dotted location, e.g. `body.email`. */
export const FieldError = z
  .object({
    path: z.string(),
    message: z.string(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details: the one shape every failed API call answers with. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(FieldError).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

/** Stable `type` URIs so the web can map a problem to a Danish message. */
export const ProblemType = {
  validation: 'urn:inddrag:problem:validation',
  notFound: 'urn:inddrag:problem:not-found',
  conflict: 'urn:inddrag:problem:conflict',
  unauthorized: 'urn:inddrag:problem:unauthorized',
  forbidden: 'urn:inddrag:problem:forbidden',
  rateLimited: 'urn:inddrag:problem:rate-limited',
  locked: 'urn:inddrag:problem:account-locked',
  csrf: 'urn:inddrag:problem:csrf',
  unavailable: 'urn:inddrag:problem:unavailable',
  /** A domain rule refuses the step (422), e.g. contacting the network before a risk assessment; `detail` says why. */
  rule: 'urn:inddrag:problem:rule',
  /** Registering a child who already has an open case (409); `detail` names the case. */
  caseExists: 'urn:inddrag:problem:case-exists',
  internal: 'urn:inddrag:problem:internal',
} as const;
