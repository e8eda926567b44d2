import { describe, expect, it } from 'vitest';
import { hasPermission, homePathFor } from './permissions';

describe('homePathFor (where login lands without naeste)', () => {
  it('sends those who work on cases to "Mine sager"', () => {
    expect(homePathFor({ role: 'CASEWORKER', permissions: ['case.list', 'case.mine', 'case.read'] })).toBe('/mine-sager');
    expect(homePathFor({ role: 'EXECUTOR', permissions: ['case.list', 'case.mine', 'case.read'] })).toBe('/mine-sager');
  });

  it('sends a leader, who is rarely on a case team, to the case list', () => {
    expect(homePathFor({ role: 'LEADER', permissions: ['case.list', 'case.mine', 'case.read'] })).toBe('/sager');
    expect(homePathFor({ role: 'CASEWORKER', permissions: ['case.list', 'case.read'] })).toBe('/sager');
  });

  it('sends the administrator to user administration', () => {
    expect(homePathFor({ role: 'ADMIN', permissions: ['user.manage', 'audit.insightExport'] })).toBe('/admin/brugere');
  });

  it('sends the coordinator, who reaches no case, to his conferences', () => {
    expect(homePathFor({ role: 'COORDINATOR', permissions: ['auth.session', 'user.directory', 'meeting.read', 'meeting.mine'] })).toBe('/moeder');
  });

  it('gives users without a page of their own the start page', () => {
    expect(homePathFor({ role: 'PPR', permissions: ['auth.session', 'user.directory'] })).toBe('/start');
  });
});

describe('hasPermission', () => {
  it('is false without a user', () => {
    expect(hasPermission(null, 'case.list')).toBe(false);
    expect(hasPermission({ permissions: ['case.list'] }, 'case.list')).toBe(true);
  });
});
