import { describe, expect, it } from 'vitest';
import { classifyChangeValue, isLabelledEntity, isLabelledField } from './historyFormat';

const names = new Map([['1e694e4b-4cb8-465a-9522-26a41be16693', 'Sofie Lund']]);

describe('classifyChangeValue', () => {
  it('shows empty values as empty', () => {
    expect(classifyChangeValue('removedAt', null, names)).toEqual({ kind: 'empty' });
    expect(classifyChangeValue('x', undefined, names)).toEqual({ kind: 'empty' });
  });

  it('turns a user id into the name, and never shows an unknown id', () => {
    expect(classifyChangeValue('userId', '1e694e4b-4cb8-465a-9522-26a41be16693', names)).toEqual({
      kind: 'user',
      name: 'Sofie Lund',
    });
    expect(classifyChangeValue('responsibleCaseworkerId', '2e694e4b-4cb8-465a-9522-26a41be16693', names)).toEqual({
      kind: 'user',
      name: null,
    });
  });

  it('recognises case roles, phases, yes/no and instants', () => {
    expect(classifyChangeValue('role', 'CO_WORKER', names)).toEqual({ kind: 'caseRole', value: 'CO_WORKER' });
    expect(classifyChangeValue('phase', 'PLAN', names)).toEqual({ kind: 'phase', value: 'PLAN' });
    expect(classifyChangeValue('honourConflictSuspected', true, names)).toEqual({ kind: 'boolean', value: true });
    expect(classifyChangeValue('removedAt', '2026-03-01T10:00:00.000Z', names)).toEqual({
      kind: 'dateTime',
      iso: '2026-03-01T10:00:00.000Z',
    });
  });

  it('shows anything else as text', () => {
    expect(classifyChangeValue('role', 'SOMETHING_NEW', names)).toEqual({ kind: 'text', text: 'SOMETHING_NEW' });
    expect(classifyChangeValue('count', 3, names)).toEqual({ kind: 'text', text: '3' });
  });
});

describe('labels', () => {
  it('knows which fields and entities have a label', () => {
    expect(isLabelledField('honourConflictSuspected')).toBe(true);
    expect(isLabelledField('somethingElse')).toBe(false);
    expect(isLabelledEntity('CaseTeamMember')).toBe(true);
    expect(isLabelledEntity('Session')).toBe(false);
  });
});
