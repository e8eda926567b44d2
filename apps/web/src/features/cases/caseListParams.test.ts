import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, hasActiveFilters, parseCaseListParams, toFilters, toSearchParams, type CaseListParams } from './caseListParams';

const UNIT = '6978e2d9-0d13-4e71-b85b-8f9a089bce85';
const USER = '4d33b315-9632-4621-bd9b-2d8b8e897cb9';
const defaults: CaseListParams = { ...EMPTY_FILTERS, sort: 'caseNumber' };

describe('case list URL state', () => {
  it('reads search, filters and sort', () => {
    expect(
      parseCaseListParams(
        new URLSearchParams(`q=%20Ida%20&phase=SCREENING&unitId=${UNIT}&caseworkerId=${USER}&overdue=true&flag=HONOUR_CONFLICT&sort=nextDeadline`),
      ),
    ).toEqual({
      q: 'Ida',
      phase: 'SCREENING',
      unitId: UNIT,
      caseworkerId: USER,
      overdue: true,
      honourConflict: true,
      sort: 'nextDeadline',
    });
  });

  it('ignores values the API would reject', () => {
    expect(
      parseCaseListParams(new URLSearchParams('phase=NOPE&sort=random&unitId=42&caseworkerId=x&overdue=maybe&flag=VIP')),
    ).toEqual(defaults);
  });

  it('writes only what differs from the default', () => {
    expect(toSearchParams(defaults).toString()).toBe('');
    expect(toSearchParams({ ...defaults, q: 'Ida', phase: 'PLAN', sort: 'phaseChangedAt' }).toString()).toBe(
      'q=Ida&phase=PLAN&sort=phaseChangedAt',
    );
    expect(toSearchParams({ ...defaults, overdue: true, honourConflict: true, caseworkerId: USER }).toString()).toBe(
      `caseworkerId=${USER}&overdue=true&flag=HONOUR_CONFLICT`,
    );
  });

  it('round-trips through the URL', () => {
    const params: CaseListParams = { q: 'Åse Bækgaard', phase: 'PLAN', unitId: UNIT, caseworkerId: USER, overdue: true, honourConflict: false, sort: 'nextDeadline' };
    expect(parseCaseListParams(toSearchParams(params))).toEqual(params);
  });

  it('sends no empty filters to the API', () => {
    expect(toFilters(defaults)).toEqual({ sort: 'caseNumber' });
    expect(toFilters({ ...defaults, overdue: true, honourConflict: true, unitId: UNIT })).toEqual({
      unitId: UNIT,
      overdue: true,
      flag: 'HONOUR_CONFLICT',
      sort: 'caseNumber',
    });
  });

  it('counts every filter, but not the sort, as narrowing the list', () => {
    expect(hasActiveFilters(defaults)).toBe(false);
    expect(hasActiveFilters({ ...defaults, sort: 'nextDeadline' })).toBe(false);
    expect(hasActiveFilters({ ...defaults, phase: 'PLAN' })).toBe(true);
    expect(hasActiveFilters({ ...defaults, overdue: true })).toBe(true);
    expect(hasActiveFilters({ ...defaults, honourConflict: true })).toBe(true);
    expect(hasActiveFilters({ ...defaults, caseworkerId: USER })).toBe(true);
  });
});
