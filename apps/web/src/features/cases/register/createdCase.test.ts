import type { CurrentUser } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { canCreateCase, createdCaseState } from './createdCase';

const unit = (kind: 'MYNDIGHED' | 'FAMILIECENTER') => ({ id: '00000000-0000-4000-8000-000000000001', name: 'Enhed', kind });
const user = (permissions: string[], kind: 'MYNDIGHED' | 'FAMILIECENTER' | null): Pick<CurrentUser, 'permissions' | 'unit'> => ({
  permissions,
  unit: kind ? unit(kind) : null,
});

describe('canCreateCase', () => {
  it('lets a caseworker or leader in Myndighed register notifications', () => {
    expect(canCreateCase(user(['case.list', 'case.create'], 'MYNDIGHED'))).toBe(true);
  });

  it('refuses a leader of an executing unit, a user without the right, and nobody', () => {
    expect(canCreateCase(user(['case.create'], 'FAMILIECENTER'))).toBe(false);
    expect(canCreateCase(user(['case.create'], null))).toBe(false);
    expect(canCreateCase(user(['case.list'], 'MYNDIGHED'))).toBe(false);
    expect(canCreateCase(null)).toBe(false);
  });
});

describe('createdCaseState', () => {
  it('reads the case number and warnings the registration passed on', () => {
    const warning = { code: 'CPR_MODULUS11' as const, message: 'Tjek nummeret' };
    expect(createdCaseState({ created: { caseNumber: '2026-0043', warnings: [warning, { bad: 1 }] } })).toEqual({
      caseNumber: '2026-0043',
      warnings: [warning],
    });
  });

  it('ignores any other state', () => {
    expect(createdCaseState(null)).toBeNull();
    expect(createdCaseState({ from: '/sager' })).toBeNull();
    expect(createdCaseState({ created: { caseNumber: 42 } })).toBeNull();
  });
});
