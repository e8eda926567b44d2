import { describe, expect, it } from 'vitest';
import { deadlineStatusLabel, sortDeadlines } from './deadlineStatus';

describe('deadlineStatusLabel', () => {
  it('follows the status the API computed', () => {
    expect(deadlineStatusLabel({ status: 'OVERDUE', metLate: false })).toBe('OVERDUE');
    expect(deadlineStatusLabel({ status: 'DUE_SOON', metLate: false })).toBe('DUE_SOON');
    expect(deadlineStatusLabel({ status: 'UPCOMING', metLate: false })).toBe('UPCOMING');
    expect(deadlineStatusLabel({ status: 'MET', metLate: false })).toBe('MET');
  });

  it('tells a deadline met too late from one met in time', () => {
    expect(deadlineStatusLabel({ status: 'MET', metLate: true })).toBe('MET_LATE');
  });
});

describe('sortDeadlines', () => {
  it('puts the most pressing first, then by date', () => {
    const d = (status: 'OVERDUE' | 'DUE_SOON' | 'UPCOMING' | 'MET', dueOn: string, metLate = false) => ({ status, dueOn, metLate });
    const sorted = sortDeadlines([
      d('MET', '2026-01-01'),
      d('UPCOMING', '2026-06-01'),
      d('UPCOMING', '2026-05-01'),
      d('OVERDUE', '2026-02-01'),
      d('MET', '2026-01-05', true),
      d('DUE_SOON', '2026-03-01'),
    ]);
    expect(sorted.map((x) => `${x.status}${x.metLate ? '-late' : ''} ${x.dueOn}`)).toEqual([
      'OVERDUE 2026-02-01',
      'DUE_SOON 2026-03-01',
      'UPCOMING 2026-05-01',
      'UPCOMING 2026-06-01',
      'MET-late 2026-01-05',
      'MET 2026-01-01',
    ]);
  });
});
