import { describe, expect, it } from 'vitest';
import { hasPermission, homePathFor } from './permissions';

describe('homePathFor (where login lands without naeste)', () => {
  it('sends case workers to the case list', () => {
    expect(homePathFor({ permissions: ['case.list', 'case.read'] })).toBe('/sager');
  });

  it('sends the administrator to user administration', () => {
    expect(homePathFor({ permissions: ['user.manage', 'audit.insightExport'] })).toBe('/admin/brugere');
  });

  it('gives roles without a page of their own the start page', () => {
    expect(homePathFor({ permissions: ['auth.session', 'user.directory'] })).toBe('/start');
  });
});

describe('hasPermission', () => {
  it('is false without a user', () => {
    expect(hasPermission(null, 'case.list')).toBe(false);
    expect(hasPermission({ permissions: ['case.list'] }, 'case.list')).toBe(true);
  });
});
