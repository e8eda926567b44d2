import { ProblemType, type FieldError } from '@inddrag/contracts';

/** A failure the service layer raises on purpose; the error plugin turns it into problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** Extra members of the problem+json body (RFC 9457 extensions), e.g. a 409's `conflict`. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail ?? title);
  }
}

export class NotFoundError extends AppError {
  constructor(detail = 'Ressourcen findes ikke, eller du har ikke adgang til den.') {
    super(404, ProblemType.notFound, 'Ikke fundet', detail);
  }
}

/** A write based on a stale version: someone else saved in between. */
export class ConflictError extends AppError {
  constructor(detail = 'Posten er ændret af en anden, siden du hentede den. Hent den igen og gentag din ændring.') {
    super(409, ProblemType.conflict, 'Konflikt', detail);
  }
}

export class DomainValidationError extends AppError {
  constructor(detail: string, errors?: FieldError[]) {
    super(400, ProblemType.validation, 'Ugyldige oplysninger', detail, errors);
  }
}

/** A domain rule refuses the step; the detail says which rule and why, in Danish. */
export class RuleViolationError extends AppError {
  constructor(detail: string, errors?: FieldError[]) {
    super(422, ProblemType.rule, 'Reglerne tillader det ikke', detail, errors);
  }
}
