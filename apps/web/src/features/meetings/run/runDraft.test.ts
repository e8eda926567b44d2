import { describe, expect, it } from 'vitest';
import { clearDrafts, fromLocalInput, patchOf, readDraft, rebase, storeDraft, toLocalInput, type RunDraft } from './runDraft';

const base: RunDraft = {
  currentPhase: 'WELCOME',
  phaseNotes: { WELCOME: 'Hej' },
  worries: '',
  workingWell: '',
  nextSteps: '',
  professionalNotes: '',
  nextMeetingAt: '',
  nextMeetingNote: '',
  familyPlan: '',
  answers: {},
  attendance: { p1: null, p2: null },
};

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('the run draft', () => {
  it('sends only what changed: one phase, one column, one attendance', () => {
    const draft = { ...base, phaseNotes: { WELCOME: 'Hej', ROUND: 'Runde' }, worries: 'Bekymring', attendance: { p1: true, p2: null } };
    expect(patchOf(base, draft, false)).toEqual({
      phaseNotes: { ROUND: 'Runde' },
      worries: 'Bekymring',
      attendance: [{ participantId: 'p1', attended: true }],
    });
    expect(patchOf(base, base, false)).toBeNull();
    expect(patchOf(base, { ...base, familyPlan: 'Plan' }, false)).toBeNull();
  });

  it("takes the server's new text where the user changed nothing, and keeps the user's own", () => {
    const mine = { ...base, worries: 'Min tekst' };
    const theirs = { ...base, worries: 'Deres tekst', workingWell: 'Deres gode ting', currentPhase: 'ROUND' as const };
    expect(rebase(base, mine, theirs)).toMatchObject({ worries: 'Min tekst', workingWell: 'Deres gode ting', currentPhase: 'ROUND' });
  });

  it('keeps one draft per meeting in storage, the newest version, and clears it', () => {
    const storage = new MemoryStorage();
    storeDraft(storage, 'm1', 3, { ...base, worries: 'v3' });
    storeDraft(storage, 'm1', 4, { ...base, worries: 'v4' });
    storeDraft(storage, 'm2', 1, base);
    expect(readDraft(storage, 'm1')).toEqual({ version: 4, draft: { ...base, worries: 'v4' } });
    expect(storage.length).toBe(2);
    clearDrafts(storage, 'm1');
    expect(readDraft(storage, 'm1')).toBeNull();
    expect(readDraft(storage, 'm2')).not.toBeNull();
  });

  it('reads and writes the next meeting time in Copenhagen time, summer and winter', () => {
    expect(toLocalInput('2027-01-14T14:00:00.000Z')).toBe('2027-01-14T15:00');
    expect(fromLocalInput('2027-01-14T15:00')).toBe('2027-01-14T14:00:00.000Z');
    expect(fromLocalInput('2027-06-14T15:00')).toBe('2027-06-14T13:00:00.000Z');
    expect(fromLocalInput('')).toBeNull();
  });
});
