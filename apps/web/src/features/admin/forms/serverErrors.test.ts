import { ProblemType } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/ApiError';
import { formFieldOf, hasFieldErrors, isConflict, splitFieldErrors } from './serverErrors';

const FIELDS = ['name', 'email', 'role', 'unitId', 'password'] as const;

describe('formFieldOf', () => {
  it('takes the field name out of a body path', () => {
    expect(formFieldOf('body.email')).toBe('email');
    expect(formFieldOf('body.address.street')).toBe('address.street');
  });

  it('has no field for paths outside the body', () => {
    expect(formFieldOf('params.userId')).toBeNull();
    expect(formFieldOf('query.cursor')).toBeNull();
    expect(formFieldOf('body')).toBeNull();
    expect(formFieldOf('')).toBeNull();
  });
});

describe('splitFieldErrors', () => {
  it('puts the API field errors on the fields of the form', () => {
    expect(
      splitFieldErrors(
        [
          { path: 'body.email', message: 'E-mailadressen er allerede i brug' },
          { path: 'body.unitId', message: 'Vælg en myndighedsenhed' },
        ],
        FIELDS,
      ),
    ).toEqual({
      fields: [
        { name: 'email', message: 'E-mailadressen er allerede i brug' },
        { name: 'unitId', message: 'Vælg en myndighedsenhed' },
      ],
      other: [],
    });
  });

  it('keeps the first message of a field and moves the rest of the errors to the summary', () => {
    expect(
      splitFieldErrors(
        [
          { path: 'body.name', message: 'Skriv navnet' },
          { path: 'body.name', message: 'For langt' },
          { path: 'params.userId', message: 'Du kan ikke deaktivere dig selv' },
          { path: 'body.version', message: 'Ugyldig' },
          { path: 'params.userId', message: 'Du kan ikke deaktivere dig selv' },
        ],
        FIELDS,
      ),
    ).toEqual({
      fields: [{ name: 'name', message: 'Skriv navnet' }],
      other: ['Du kan ikke deaktivere dig selv', 'Ugyldig'],
    });
  });
});

describe('problem kinds', () => {
  const problem = (status: number, type: string, errors?: { path: string; message: string }[]) =>
    new ApiError('problem', { type, title: 'x', status, ...(errors ? { errors } : {}) });

  it('recognises a stale version', () => {
    expect(isConflict(problem(409, ProblemType.conflict))).toBe(true);
    expect(isConflict(problem(409, 'about:blank'))).toBe(true);
    expect(isConflict(problem(400, ProblemType.validation))).toBe(false);
    expect(isConflict(new Error('x'))).toBe(false);
  });

  it('tells field errors from other failures', () => {
    expect(hasFieldErrors(problem(400, ProblemType.validation, [{ path: 'body.email', message: 'x' }]))).toBe(true);
    expect(hasFieldErrors(problem(400, ProblemType.validation))).toBe(false);
    expect(hasFieldErrors(problem(500, ProblemType.internal, [{ path: 'body.email', message: 'x' }]))).toBe(false);
  });
});
