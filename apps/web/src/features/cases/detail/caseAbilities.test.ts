import type { CaseDetail, CaseRole, CurrentUser, UnitRef, UserRole } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { caseAbilities } from './caseAbilities';

const MYNDIGHED: UnitRef = { id: '00000000-0000-4000-8000-000000000001', name: 'Myndighedscentret', kind: 'MYNDIGHED' };
const FAMILIECENTER: UnitRef = {
  id: '00000000-0000-4000-8000-000000000002',
  name: 'FamilieCentret',
  kind: 'FAMILIECENTER',
};

// The permissions the API lists per role (permissionsOf in apps/api/src/modules/auth/service.ts).
const PERMISSIONS: Record<UserRole, string[]> = {
  CASEWORKER: [
    'case.list',
    'case.read',
    'case.revealCpr',
    'case.readAccessLog',
    'case.update',
    'case.history',
    'case.manageTeam',
    'case.emergencyAccess',
  ],
  LEADER: [
    'case.list',
    'case.read',
    'case.readAccessLog',
    'case.update',
    'case.history',
    'case.manageTeam',
    'case.emergencyAccess',
    'emergencyAccess.review',
  ],
  EXECUTOR: ['case.list', 'case.read', 'case.revealCpr', 'case.history'],
  PPR: ['case.list', 'case.read', 'case.revealCpr', 'case.history'],
  FACILITATOR: ['case.list', 'case.read', 'case.revealCpr', 'case.history'],
  ADMIN: ['user.manage'],
  COORDINATOR: [],
};

function user(role: UserRole, unit = MYNDIGHED): CurrentUser {
  return {
    id: '10000000-0000-4000-8000-000000000001',
    name: 'Test',
    email: 'test@demo.inddrag.dk',
    role,
    unit,
    municipality: { id: '20000000-0000-4000-8000-000000000001', name: 'Demo' },
    permissions: PERMISSIONS[role],
  };
}

function detail(teamRole: CaseRole | null, accessVia: CaseDetail['accessVia'] = 'TEAM', unit = MYNDIGHED): CaseDetail {
  return {
    id: '30000000-0000-4000-8000-000000000001',
    caseNumber: '2026-0001',
    child: { firstName: 'Ida', lastName: 'Hansen', cprMasked: '010115-XXXX', dateOfBirth: '2015-01-01', age: 11 },
    phase: 'SCREENING',
    phaseChangedAt: '2026-03-01T10:00:00.000Z',
    awareOn: '2026-02-20',
    responsibleUnit: unit,
    responsibleCaseworker: null,
    honourConflictSuspected: false,
    openedAt: '2026-02-20T08:00:00.000Z',
    closedAt: null,
    version: 1,
    team: teamRole
      ? [
          {
            id: '40000000-0000-4000-8000-000000000001',
            user: { id: user('CASEWORKER').id, name: 'Test' },
            unit,
            role: teamRole,
            addedAt: '2026-02-20T08:00:00.000Z',
            version: 1,
          },
        ]
      : [],
    accessVia,
    emergencyAccessExpiresAt: accessVia === 'EMERGENCY' ? '2026-03-01T14:00:00.000Z' : null,
  };
}

describe('caseAbilities', () => {
  it('lets the responsible caseworker do everything on the case', () => {
    expect(caseAbilities(user('CASEWORKER'), detail('RESPONSIBLE'))).toEqual({
      revealCpr: true,
      readAccessLog: true,
      manageTeam: true,
      update: true,
      readHistory: true,
    });
  });

  it('lets a co-worker see the log but not change the team', () => {
    const abilities = caseAbilities(user('CASEWORKER'), detail('CO_WORKER'));
    expect(abilities.readAccessLog).toBe(true);
    expect(abilities.update).toBe(true);
    expect(abilities.manageTeam).toBe(false);
  });

  it('gives a read-only member neither the CPR number, the log nor changes', () => {
    expect(caseAbilities(user('CASEWORKER'), detail('READ_ONLY'))).toMatchObject({
      revealCpr: false,
      readAccessLog: false,
      update: false,
    });
  });

  it('lets an executor see the CPR number but not the log', () => {
    expect(caseAbilities(user('EXECUTOR', FAMILIECENTER), detail('EXECUTOR'))).toMatchObject({
      revealCpr: true,
      readAccessLog: false,
      manageTeam: false,
    });
  });

  it('lets the leader of the holding unit see the log and manage the team, never the CPR number', () => {
    expect(caseAbilities(user('LEADER'), detail(null, 'UNIT'))).toEqual({
      revealCpr: false,
      readAccessLog: true,
      manageTeam: true,
      update: true,
      readHistory: true,
    });
  });

  it('opens an emergency access for reading only', () => {
    expect(caseAbilities(user('CASEWORKER'), detail(null, 'EMERGENCY'))).toEqual({
      revealCpr: false,
      readAccessLog: false,
      manageTeam: false,
      update: false,
      readHistory: true,
    });
    expect(caseAbilities(user('LEADER'), detail(null, 'EMERGENCY'))).toMatchObject({
      readAccessLog: false,
      manageTeam: false,
      update: false,
    });
  });
});
