import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DeadlineFacts, DeadlineKind } from '@inddrag/contracts';
import {
  DEADLINE_RULES,
  DUE_SOON_DAYS,
  addMonthsToDate,
  assessmentRule,
  computeDeadlines,
  deadlineStatus,
  firstFollowUpRule,
  nextDeadline,
  planRule,
} from './rules';

const noFacts: DeadlineFacts = {
  awareOn: '2026-01-15',
  assessmentStartedOn: null,
  assessmentCompletedOn: null,
  firstDecisionOn: null,
  placementWithoutConsentOn: null,
  planAdoptedOn: null,
  measureStartedOn: null,
  firstFollowUpOn: null,
  nextFollowUpOn: null,
  policeDocumentationOn: null,
  networkCouncilHeldOn: null,
  closed: false,
};
const facts = (overrides: Partial<DeadlineFacts>): DeadlineFacts => ({ ...noFacts, ...overrides });
const dueOf = (kind: DeadlineKind, f: DeadlineFacts) =>
  computeDeadlines(f, '2000-01-01').find((d) => d.kind === kind)?.dueOn ?? null;

describe('due dates', () => {
  it.each<[string, DeadlineKind, Partial<DeadlineFacts>, string]>([
    [
      '§ 20: aware + 4 months',
      'ASSESSMENT',
      { awareOn: '2026-01-15', assessmentStartedOn: '2026-01-20' },
      '2026-05-15',
    ],
    [
      '§ 20: 31 Oct → 28 Feb (non-leap)',
      'ASSESSMENT',
      { awareOn: '2026-10-31', assessmentStartedOn: '2026-11-01' },
      '2027-02-28',
    ],
    [
      '§ 20: 31 Oct → 29 Feb (leap)',
      'ASSESSMENT',
      { awareOn: '2027-10-31', assessmentStartedOn: '2027-11-01' },
      '2028-02-29',
    ],
    [
      '§ 20: 29 Oct → 29 Feb (leap)',
      'ASSESSMENT',
      { awareOn: '2027-10-29', assessmentStartedOn: '2027-11-01' },
      '2028-02-29',
    ],
    ['§ 20: 31 May → 30 Sep', 'ASSESSMENT', { awareOn: '2026-05-31', assessmentStartedOn: '2026-06-01' }, '2026-09-30'],
    [
      '§ 20: due on DST start (29 Mar 2026)',
      'ASSESSMENT',
      { awareOn: '2025-11-29', assessmentStartedOn: '2025-12-01' },
      '2026-03-29',
    ],
    ['§ 91: decision + 3 months', 'PLAN', { firstDecisionOn: '2026-03-01' }, '2026-06-01'],
    ['§ 91: 30 Nov → 29 Feb (leap)', 'PLAN', { firstDecisionOn: '2027-11-30' }, '2028-02-29'],
    ['§ 91: 30 Nov → 28 Feb (non-leap)', 'PLAN', { firstDecisionOn: '2026-11-30' }, '2027-02-28'],
    ['§ 91: 31 Mar → 30 Jun', 'PLAN', { firstDecisionOn: '2026-03-31' }, '2026-06-30'],
    ['§ 91: due on DST end (25 Oct 2026)', 'PLAN', { firstDecisionOn: '2026-07-25' }, '2026-10-25'],
    [
      '§ 91: § 47 decision earlier → day before it',
      'PLAN',
      { firstDecisionOn: '2026-03-01', placementWithoutConsentOn: '2026-04-10' },
      '2026-04-09',
    ],
    [
      '§ 91: § 47 decision later → 3 months',
      'PLAN',
      { firstDecisionOn: '2026-03-01', placementWithoutConsentOn: '2026-07-01' },
      '2026-06-01',
    ],
    [
      '§ 91: § 47 day before = 3 months',
      'PLAN',
      { firstDecisionOn: '2026-03-01', placementWithoutConsentOn: '2026-06-02' },
      '2026-06-01',
    ],
    ['§ 91: § 47 only, over a leap month end', 'PLAN', { placementWithoutConsentOn: '2028-03-01' }, '2028-02-29'],
    ['§ 91: § 47 only, day before DST start', 'PLAN', { placementWithoutConsentOn: '2026-03-30' }, '2026-03-29'],
    ['§ 95: measure + 3 months', 'FIRST_FOLLOW_UP', { measureStartedOn: '2026-02-10' }, '2026-05-10'],
    [
      '§ 95: parallel BFU ends first',
      'FIRST_FOLLOW_UP',
      { measureStartedOn: '2026-02-10', assessmentStartedOn: '2026-01-05', assessmentCompletedOn: '2026-03-20' },
      '2026-03-20',
    ],
    [
      '§ 95: 3 months come first',
      'FIRST_FOLLOW_UP',
      { measureStartedOn: '2026-02-10', assessmentStartedOn: '2026-01-05', assessmentCompletedOn: '2026-06-01' },
      '2026-05-10',
    ],
    [
      '§ 95: parallel BFU not ended',
      'FIRST_FOLLOW_UP',
      { measureStartedOn: '2026-02-10', assessmentStartedOn: '2026-01-05' },
      '2026-05-10',
    ],
    [
      '§ 95: BFU ends on start day',
      'FIRST_FOLLOW_UP',
      { measureStartedOn: '2026-02-10', assessmentStartedOn: '2026-01-05', assessmentCompletedOn: '2026-02-10' },
      '2026-02-10',
    ],
    [
      '§ 95: BFU ended before start',
      'FIRST_FOLLOW_UP',
      { measureStartedOn: '2026-02-10', assessmentStartedOn: '2026-01-01', assessmentCompletedOn: '2026-02-09' },
      '2026-05-10',
    ],
    [
      '§ 95: BFU started after measure',
      'FIRST_FOLLOW_UP',
      { measureStartedOn: '2026-02-10', assessmentStartedOn: '2026-03-01', assessmentCompletedOn: '2026-03-15' },
      '2026-05-10',
    ],
    ['§ 95: 30 Nov → 29 Feb (leap)', 'FIRST_FOLLOW_UP', { measureStartedOn: '2027-11-30' }, '2028-02-29'],
    [
      '§ 95: next follow-up',
      'FOLLOW_UP',
      { firstFollowUpOn: '2026-05-01', nextFollowUpOn: '2026-08-01' },
      '2026-08-01',
    ],
    ['netværkssamråd: + 7 days', 'NETWORK_COUNCIL', { policeDocumentationOn: '2026-06-01' }, '2026-06-08'],
    ['netværkssamråd: over DST start', 'NETWORK_COUNCIL', { policeDocumentationOn: '2026-03-25' }, '2026-04-01'],
    ['netværkssamråd: over DST end', 'NETWORK_COUNCIL', { policeDocumentationOn: '2026-10-22' }, '2026-10-29'],
    ['netværkssamråd: over 29 Feb', 'NETWORK_COUNCIL', { policeDocumentationOn: '2028-02-25' }, '2028-03-03'],
    ['netværkssamråd: over 28 Feb', 'NETWORK_COUNCIL', { policeDocumentationOn: '2027-02-25' }, '2027-03-04'],
    ['netværkssamråd: over new year', 'NETWORK_COUNCIL', { policeDocumentationOn: '2026-12-28' }, '2027-01-04'],
  ])('%s', (_name, kind, overrides, dueOn) => {
    expect(dueOf(kind, facts(overrides))).toBe(dueOn);
  });
});

describe('applicability', () => {
  it.each<[string, Partial<DeadlineFacts>, DeadlineKind[]]>([
    ['nothing happened yet', {}, []],
    ['BFU completed without a start date', { assessmentCompletedOn: '2026-03-01' }, []],
    ['plan without a decision', { planAdoptedOn: '2026-03-01' }, []],
    ['first follow-up without a measure', { firstFollowUpOn: '2026-03-01' }, []],
    ['next follow-up without a first one', { nextFollowUpOn: '2026-03-01' }, []],
    ['council held without police documentation', { networkCouncilHeldOn: '2026-03-01' }, []],
    [
      'first follow-up held, no next date',
      { measureStartedOn: '2026-01-01', firstFollowUpOn: '2026-03-01' },
      ['FIRST_FOLLOW_UP'],
    ],
    [
      'every rule',
      {
        assessmentStartedOn: '2026-01-20',
        firstDecisionOn: '2026-02-01',
        measureStartedOn: '2026-02-05',
        firstFollowUpOn: '2026-04-01',
        nextFollowUpOn: '2026-09-01',
        policeDocumentationOn: '2026-03-01',
      },
      ['NETWORK_COUNCIL', 'PLAN', 'FIRST_FOLLOW_UP', 'ASSESSMENT', 'FOLLOW_UP'],
    ],
  ])('%s', (_name, overrides, kinds) => {
    expect(computeDeadlines(facts(overrides), '2026-01-01').map((d) => d.kind)).toEqual(kinds);
  });

  it('carries each rule’s paragraph', () => {
    expect(Object.fromEntries(DEADLINE_RULES.map((r) => [r.kind, r.legalBasis]))).toEqual({
      ASSESSMENT: 'Barnets lov § 20, stk. 3',
      PLAN: 'Barnets lov § 91',
      FIRST_FOLLOW_UP: 'Barnets lov § 95',
      FOLLOW_UP: 'Barnets lov § 95',
      NETWORK_COUNCIL: 'Netværkssamråd (tidl. serviceloven § 57 c)',
    });
  });
});

describe('status', () => {
  it.each<[string, string, string | null, string, string]>([
    ['15 days left', '2026-06-01', null, '2026-05-17', 'UPCOMING'],
    ['exactly 14 days left', '2026-06-01', null, '2026-05-18', 'DUE_SOON'],
    ['due today', '2026-06-01', null, '2026-06-01', 'DUE_SOON'],
    ['one day after', '2026-06-01', null, '2026-06-02', 'OVERDUE'],
    ['14 days over DST start', '2026-04-06', null, '2026-03-23', 'DUE_SOON'],
    ['15 days over DST start', '2026-04-06', null, '2026-03-22', 'UPCOMING'],
    ['14 days over DST end', '2026-11-01', null, '2026-10-18', 'DUE_SOON'],
    ['15 days over DST end', '2026-11-01', null, '2026-10-17', 'UPCOMING'],
    ['14 days over 29 Feb', '2028-03-01', null, '2028-02-16', 'DUE_SOON'],
    ['15 days over 29 Feb', '2028-03-01', null, '2028-02-15', 'UPCOMING'],
    ['met early, before today', '2026-06-01', '2026-05-01', '2026-07-01', 'MET'],
    ['met late', '2026-06-01', '2026-06-05', '2026-07-01', 'MET'],
  ])('%s', (_name, dueOn, metOn, today, status) => {
    expect(deadlineStatus(dueOn, metOn, today)).toBe(status);
  });

  it.each<[string, string | null, string, boolean]>([
    ['completed before due', '2026-05-01', 'MET', false],
    ['completed on due day', '2026-05-15', 'MET', false],
    ['completed a day late', '2026-05-16', 'MET', true],
    ['not completed, overdue', null, 'OVERDUE', false],
  ])('BFU %s', (_name, completedOn, status, metLate) => {
    const f = facts({ assessmentStartedOn: '2026-01-20', assessmentCompletedOn: completedOn });
    expect(computeDeadlines(f, '2026-05-20')).toEqual([
      {
        kind: 'ASSESSMENT',
        legalBasis: 'Barnets lov § 20, stk. 3',
        dueOn: '2026-05-15',
        status,
        metOn: completedOn,
        metLate,
      },
    ]);
  });

  it('rejects impossible dates', () => {
    expect(() => deadlineStatus('2026-02-30', null, '2026-01-01')).toThrow(RangeError);
  });
});

describe('a whole case', () => {
  const open = facts({
    assessmentStartedOn: '2026-01-20',
    assessmentCompletedOn: '2026-04-10',
    firstDecisionOn: '2026-04-20',
    measureStartedOn: '2026-05-01',
    policeDocumentationOn: '2026-06-01',
  });

  it('lists deadlines by due date with their status', () => {
    expect(computeDeadlines(open, '2026-06-10').map((d) => [d.kind, d.dueOn, d.status])).toEqual([
      ['ASSESSMENT', '2026-05-15', 'MET'],
      ['NETWORK_COUNCIL', '2026-06-08', 'OVERDUE'],
      ['PLAN', '2026-07-20', 'UPCOMING'],
      ['FIRST_FOLLOW_UP', '2026-08-01', 'UPCOMING'],
    ]);
  });

  it('orders equal due dates by kind', () => {
    const f = facts({ firstDecisionOn: '2026-03-01', measureStartedOn: '2026-03-01' });
    expect(computeDeadlines(f, '2026-03-01').map((d) => d.kind)).toEqual(['PLAN', 'FIRST_FOLLOW_UP']);
    expect(nextDeadline(f)).toEqual({ kind: 'PLAN', dueOn: '2026-06-01' });
  });

  it('names the earliest unmet deadline as next', () => {
    expect(nextDeadline(open)).toEqual({ kind: 'NETWORK_COUNCIL', dueOn: '2026-06-08' });
    expect(nextDeadline(facts({ ...open, networkCouncilHeldOn: '2026-06-05' }))).toEqual({
      kind: 'PLAN',
      dueOn: '2026-07-20',
    });
    expect(nextDeadline(noFacts)).toBeNull();
  });

  it('drops unmet deadlines of a closed case and keeps met ones', () => {
    const closed = { ...open, closed: true };
    expect(computeDeadlines(closed, '2026-06-10').map((d) => d.kind)).toEqual(['ASSESSMENT']);
    expect(nextDeadline(closed)).toBeNull();
  });
});

describe('time zone independence', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it.each(['Europe/Copenhagen', 'America/Santiago', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'computes the same dates when the process runs in %s',
    (tz) => {
      const sample = [
        facts({ awareOn: '2025-11-29', assessmentStartedOn: '2025-12-01' }),
        facts({ firstDecisionOn: '2026-07-25', placementWithoutConsentOn: '2026-03-30' }),
        facts({ policeDocumentationOn: '2026-10-22', measureStartedOn: '2027-11-30' }),
      ];
      process.env.TZ = 'UTC';
      const expected = sample.map((f) => computeDeadlines(f, '2026-03-29'));
      process.env.TZ = tz;
      expect(sample.map((f) => computeDeadlines(f, '2026-03-29'))).toEqual(expected);
    },
  );
});

describe('properties', () => {
  const day = 86_400_000;
  const isoDate = fc
    .integer({ min: Date.UTC(2000, 0, 1) / day, max: Date.UTC(2060, 11, 31) / day })
    .map((n) => new Date(n * day).toISOString().slice(0, 10));
  const maybeDate = fc.option(isoDate, { nil: null });
  const anyFacts: fc.Arbitrary<DeadlineFacts> = fc.record({
    awareOn: isoDate,
    assessmentStartedOn: maybeDate,
    assessmentCompletedOn: maybeDate,
    firstDecisionOn: maybeDate,
    placementWithoutConsentOn: maybeDate,
    planAdoptedOn: maybeDate,
    measureStartedOn: maybeDate,
    firstFollowUpOn: maybeDate,
    nextFollowUpOn: maybeDate,
    policeDocumentationOn: maybeDate,
    networkCouncilHeldOn: maybeDate,
    closed: fc.boolean(),
  });
  const dayOfMonth = (d: string) => Number(d.slice(8));

  it('month rules are never due before the start nor on a later day of month', () => {
    const monthRules = [
      { months: 4, rule: assessmentRule, f: (start: string) => facts({ awareOn: start, assessmentStartedOn: start }) },
      { months: 3, rule: planRule, f: (start: string) => facts({ firstDecisionOn: start }) },
      { months: 3, rule: firstFollowUpRule, f: (start: string) => facts({ measureStartedOn: start }) },
    ];
    fc.assert(
      fc.property(isoDate, fc.constantFrom(...monthRules), (start, { months, rule, f }) => {
        const dueOn = rule.evaluate(f(start))?.dueOn;
        expect(dueOn).toBe(addMonthsToDate(start, months));
        expect(dueOn! > start).toBe(true);
        expect(dayOfMonth(dueOn!)).toBeLessThanOrEqual(dayOfMonth(start));
      }),
    );
  });

  it('an unmet deadline is OVERDUE iff today is after its due date, DUE_SOON within 14 days', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (dueOn, today) => {
        const status = deadlineStatus(dueOn, null, today);
        expect(status === 'OVERDUE').toBe(today > dueOn);
        const daysLeft = Math.round((Date.parse(dueOn) - Date.parse(today)) / day);
        expect(status === 'DUE_SOON').toBe(daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS);
      }),
    );
  });

  it('nextDeadline is the earliest unmet deadline of computeDeadlines', () => {
    fc.assert(
      fc.property(anyFacts, isoDate, (f, today) => {
        const unmet = computeDeadlines(f, today).filter((d) => d.status !== 'MET');
        const next = nextDeadline(f);
        expect(next?.dueOn ?? null).toBe(unmet.length ? unmet.map((d) => d.dueOn).sort()[0] : null);
        if (next) expect(unmet[0]).toMatchObject(next);
      }),
      { numRuns: 500 },
    );
  });
});
