import type { EmergencyAccessFlag } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { countUnreviewed, sortFlags } from './sortFlags';

const flag = (id: string, grantedAt: string, reviewedAt: string | null): EmergencyAccessFlag => ({
  id,
  caseId: '6f1c2a8e-2b7d-4c59-9f0a-1d2e3f405162',
  caseNumber: '2026-0001',
  user: { id: '8e8bdaeb-6199-4e34-8422-003c17dddfa9', name: 'Sofie Lund' },
  reason: 'Akut henvendelse fra skolen',
  grantedAt,
  expiresAt: grantedAt,
  reviewedAt,
});

describe('emergency accesses for the leader', () => {
  const flags = [
    flag('old-reviewed', '2026-03-01T10:00:00.000Z', '2026-03-02T10:00:00.000Z'),
    flag('old-open', '2026-03-01T09:00:00.000Z', null),
    flag('new-reviewed', '2026-03-05T10:00:00.000Z', '2026-03-06T10:00:00.000Z'),
    flag('new-open', '2026-03-04T09:00:00.000Z', null),
  ];

  it('lists the unreviewed first, newest first within each group', () => {
    expect(sortFlags(flags).map((f) => f.id)).toEqual(['new-open', 'old-open', 'new-reviewed', 'old-reviewed']);
  });

  it('does not change the list it was given', () => {
    sortFlags(flags);
    expect(flags[0]?.id).toBe('old-reviewed');
  });

  it('counts the unreviewed', () => {
    expect(countUnreviewed(flags)).toBe(2);
    expect(countUnreviewed([])).toBe(0);
  });
});
