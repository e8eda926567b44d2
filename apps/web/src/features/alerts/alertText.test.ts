import type { Alert } from '@inddrag/contracts';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources';
import { alertView } from './alertText';

const caseId = '6f1c2a8e-2b7d-4c59-9f0a-1d2e3f405162';
const alert = (kind: Alert['kind'], data: Alert['data']): Alert => ({
  id: '8e8bdaeb-6199-4e34-8422-003c17dddfa9',
  kind,
  caseId,
  data,
  createdAt: '2026-11-24T10:00:00.000Z',
  readAt: null,
});

let t: ReturnType<typeof i18next.getFixedT>;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'da', resources, ns: ['alerts'], interpolation: { escapeValue: false }, showSupportNotice: false });
  t = i18n.getFixedT('da', 'alerts');
});
const view = (a: Alert) => alertView(a, t as never, (d) => d.split('-').reverse().join('.'), '2026-11-24');

describe('the bell says what happened and links to it', () => {
  it('sends the receiving leader to the referral, everyone else to the case', () => {
    const referralId = '11111111-2222-4333-8444-555555555555';
    expect(view(alert('REFERRAL_RECEIVED', { caseNumber: '2026-0007', referralId, fromUnit: 'Myndighedscentret', childName: 'Emma Jensen' }))).toEqual({
      text: 'Ny visitation fra Myndighedscentret: sag 2026-0007 (Emma Jensen)',
      href: `/visitationer/${referralId}`,
    });
    expect(view(alert('REFERRAL_ACCEPTED', { caseNumber: '2026-0007', toUnit: 'FamilieCentret', workerName: 'Ali Demir' })).href).toBe(`/sager/${caseId}`);
    expect(view(alert('EMERGENCY_ACCESS', { caseNumber: '2026-0007', userName: 'Peter Dahl' })).text).toBe('Nødadgang til din sag 2026-0007: Peter Dahl');
  });

  it('words a deadline still ahead and one that has passed differently', () => {
    expect(view(alert('DEADLINE_DUE', { caseNumber: '2026-0001', deadlineKind: 'PLAN', dueOn: '2026-11-30' })).text).toBe(
      'Frist for barnets plan i sag 2026-0001 den 30.11.2026',
    );
    expect(view(alert('DEADLINE_DUE', { caseNumber: '2026-0001', deadlineKind: 'ASSESSMENT', dueOn: '2026-11-20' })).text).toBe(
      'Fristen for den børnefaglige undersøgelse i sag 2026-0001 er overskredet (20.11.2026)',
    );
  });
});
