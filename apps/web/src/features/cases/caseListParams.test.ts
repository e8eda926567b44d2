import { describe, expect, it } from 'vitest';
import { hasActiveFilters, parseCaseListParams, toFilters, toSearchParams } from './caseListParams';

describe('case list URL state', () => {
  it('reads search, phase and sort', () => {
    expect(parseCaseListParams(new URLSearchParams('q=%20Ida%20&phase=SCREENING&sort=childName'))).toEqual({
      q: 'Ida',
      phase: 'SCREENING',
      sort: 'childName',
    });
  });

  it('ignores values the API would reject', () => {
    expect(parseCaseListParams(new URLSearchParams('phase=NOPE&sort=random'))).toEqual({
      q: '',
      phase: undefined,
      sort: 'caseNumber',
    });
  });

  it('writes only what differs from the default', () => {
    expect(toSearchParams({ q: '', phase: undefined, sort: 'caseNumber' }).toString()).toBe('');
    expect(toSearchParams({ q: 'Ida', phase: 'PLAN', sort: 'phaseChangedAt' }).toString()).toBe(
      'q=Ida&phase=PLAN&sort=phaseChangedAt',
    );
  });

  it('sends no empty filters to the API', () => {
    expect(toFilters({ q: '', phase: undefined, sort: 'caseNumber' })).toEqual({ sort: 'caseNumber' });
    expect(hasActiveFilters({ q: '', phase: 'PLAN', sort: 'caseNumber' })).toBe(true);
  });
});
