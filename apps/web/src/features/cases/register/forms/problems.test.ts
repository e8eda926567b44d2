import { ProblemType } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../api/ApiError';
import { caseNumberIn, isCaseExists, isRuleViolation } from './problems';

const problem = (status: number, type: string, detail?: string) =>
  new ApiError('problem', { type, title: 'x', status, ...(detail ? { detail } : {}) });

describe('problem kinds', () => {
  it('tells a refused rule from other failures', () => {
    expect(isRuleViolation(problem(422, ProblemType.rule))).toBe(true);
    expect(isRuleViolation(problem(409, ProblemType.conflict))).toBe(false);
    expect(isRuleViolation(new Error('x'))).toBe(false);
  });

  it('recognises a child who already has an open case, and not a stale version', () => {
    expect(isCaseExists(problem(409, ProblemType.caseExists))).toBe(true);
    expect(isCaseExists(problem(409, ProblemType.conflict))).toBe(false);
  });
});

describe('caseNumberIn', () => {
  it('finds the case number the API names', () => {
    expect(caseNumberIn('Barnet har allerede en åben sag (2026-0012). Registrér underretningen på den sag.')).toBe('2026-0012');
  });

  it('has none when the detail names none', () => {
    expect(caseNumberIn('Barnet har allerede en åben sag')).toBeNull();
    expect(caseNumberIn(undefined)).toBeNull();
  });
});
