import { describe, expect, it } from 'vitest';
import { idleState, sessionDeadline } from './idle';

const t0 = Date.parse('2026-03-01T10:00:00Z');

describe('sessionDeadline', () => {
  it('is the idle timeout after the last activity', () => {
    expect(sessionDeadline(t0, 1800, '2026-03-01T22:00:00Z')).toBe(t0 + 30 * 60_000);
  });

  it('never passes the absolute expiry', () => {
    expect(sessionDeadline(t0, 1800, '2026-03-01T10:10:00Z')).toBe(Date.parse('2026-03-01T10:10:00Z'));
  });
});

describe('idleState', () => {
  const deadline = t0 + 30 * 60_000;

  it('is quiet until two minutes before the end', () => {
    expect(idleState(t0, deadline)).toEqual({ kind: 'active' });
    expect(idleState(deadline - 2 * 60_000 - 1, deadline)).toEqual({ kind: 'active' });
  });

  it('warns with the minutes left, rounded up', () => {
    expect(idleState(deadline - 2 * 60_000, deadline)).toEqual({ kind: 'warning', minutesLeft: 2 });
    expect(idleState(deadline - 61_000, deadline)).toEqual({ kind: 'warning', minutesLeft: 2 });
    expect(idleState(deadline - 5_000, deadline)).toEqual({ kind: 'warning', minutesLeft: 1 });
  });

  it('is expired at and after the deadline', () => {
    expect(idleState(deadline, deadline)).toEqual({ kind: 'expired' });
    expect(idleState(deadline + 1, deadline)).toEqual({ kind: 'expired' });
  });
});
