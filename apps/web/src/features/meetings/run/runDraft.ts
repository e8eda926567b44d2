import type { MeetingDetail, MeetingPhase, MeetingPhaseNotes, SaveMeetingRunRequest } from '@inddrag/contracts';

/**
 * The run document the meeting screen edits and autosaves: what the facilitator types. `base` is
 * what the server last had; the autosave sends only what differs from it (the API merges phase
 * notes per phase and keeps fields left out), so two people typing in different places do not
 * overwrite each other.
 */
export interface RunDraft {
  currentPhase: MeetingPhase | null;
  phaseNotes: MeetingPhaseNotes;
  worries: string;
  workingWell: string;
  nextSteps: string;
  professionalNotes: string;
  /** `YYYY-MM-DDTHH:mm` as a datetime-local field holds it (Copenhagen time), or ''. */
  nextMeetingAt: string;
  nextMeetingNote: string;
  familyPlan: string;
  answers: Record<string, string>;
  attendance: Record<string, boolean | null>;
}

export const TEXT_FIELDS = ['worries', 'workingWell', 'nextSteps', 'professionalNotes', 'familyPlan', 'nextMeetingNote'] as const;
export type RunTextField = (typeof TEXT_FIELDS)[number];

/** An instant as a datetime-local value in Copenhagen time. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A datetime-local value (Copenhagen time) as an instant; '' is null. */
export function fromLocalInput(local: string): string | null {
  if (!local) return null;
  const guess = new Date(`${local}:00Z`);
  // Copenhagen is UTC+1 or +2: try both offsets and keep the one that reads back the same.
  for (const hours of [1, 2]) {
    const candidate = new Date(guess.getTime() - hours * 3_600_000);
    if (toLocalInput(candidate.toISOString()) === local) return candidate.toISOString();
  }
  return new Date(guess.getTime() - 3_600_000).toISOString();
}

export function draftOf(meeting: MeetingDetail): RunDraft {
  return {
    currentPhase: meeting.currentPhase,
    phaseNotes: { ...meeting.phaseNotes },
    worries: meeting.worries,
    workingWell: meeting.workingWell,
    nextSteps: meeting.nextSteps,
    professionalNotes: meeting.professionalNotes,
    nextMeetingAt: toLocalInput(meeting.nextMeetingAt),
    nextMeetingNote: meeting.nextMeetingNote ?? '',
    familyPlan: meeting.conference?.familyPlan ?? '',
    answers: Object.fromEntries((meeting.conference?.questions ?? []).map((q) => [q.id, q.answer])),
    attendance: Object.fromEntries(meeting.participants.map((p) => [p.id, p.attended])),
  };
}

/** What to send: the fields where `draft` differs from `base`; null when nothing does. */
export function patchOf(base: RunDraft, draft: RunDraft, isConference: boolean): Omit<SaveMeetingRunRequest, 'version'> | null {
  const patch: Omit<SaveMeetingRunRequest, 'version'> = {};
  if (draft.currentPhase !== base.currentPhase) patch.currentPhase = draft.currentPhase;
  const notes = Object.entries(draft.phaseNotes).filter(([phase, text]) => base.phaseNotes[phase as MeetingPhase] !== text);
  if (notes.length > 0) patch.phaseNotes = Object.fromEntries(notes);
  for (const field of TEXT_FIELDS) {
    if (field === 'familyPlan' && !isConference) continue;
    if (draft[field] !== base[field]) patch[field] = draft[field];
  }
  if (draft.nextMeetingAt !== base.nextMeetingAt) patch.nextMeetingAt = fromLocalInput(draft.nextMeetingAt);
  const answers = Object.entries(draft.answers).filter(([id, text]) => base.answers[id] !== text);
  if (answers.length > 0) patch.answers = answers.map(([questionId, answer]) => ({ questionId, answer }));
  const attendance = Object.entries(draft.attendance).filter(([id, value]) => base.attendance[id] !== value);
  if (attendance.length > 0) patch.attendance = attendance.map(([participantId, attended]) => ({ participantId, attended }));
  return Object.keys(patch).length > 0 ? patch : null;
}

/**
 * A newer server state (another write's answer, or "use the saved text" after a conflict) taken
 * into the draft: what the user has not changed follows the server; what he has changed stays.
 */
export function rebase(oldBase: RunDraft, draft: RunDraft, newBase: RunDraft): RunDraft {
  const pick = <T,>(was: T, mine: T, theirs: T) => (JSON.stringify(mine) === JSON.stringify(was) ? theirs : mine);
  const keyed = <T,>(was: Record<string, T>, mine: Record<string, T>, theirs: Record<string, T>) =>
    Object.fromEntries([...new Set([...Object.keys(mine), ...Object.keys(theirs)])].map((key) => [key, pick(was[key], mine[key], theirs[key]) as T]));
  return {
    currentPhase: pick(oldBase.currentPhase, draft.currentPhase, newBase.currentPhase),
    phaseNotes: keyed(oldBase.phaseNotes as Record<string, string>, draft.phaseNotes as Record<string, string>, newBase.phaseNotes as Record<string, string>),
    worries: pick(oldBase.worries, draft.worries, newBase.worries),
    workingWell: pick(oldBase.workingWell, draft.workingWell, newBase.workingWell),
    nextSteps: pick(oldBase.nextSteps, draft.nextSteps, newBase.nextSteps),
    professionalNotes: pick(oldBase.professionalNotes, draft.professionalNotes, newBase.professionalNotes),
    nextMeetingAt: pick(oldBase.nextMeetingAt, draft.nextMeetingAt, newBase.nextMeetingAt),
    nextMeetingNote: pick(oldBase.nextMeetingNote, draft.nextMeetingNote, newBase.nextMeetingNote),
    familyPlan: pick(oldBase.familyPlan, draft.familyPlan, newBase.familyPlan),
    answers: keyed(oldBase.answers, draft.answers, newBase.answers),
    attendance: keyed(oldBase.attendance, draft.attendance, newBase.attendance),
  };
}

// --- The draft on this computer (a lost connection or a reload loses nothing) ---------------------

const PREFIX = 'inddrag:meeting-run:';
export const storageKey = (meetingId: string, version: number) => `${PREFIX}${meetingId}:${version}`;

export interface StoredDraft {
  version: number;
  draft: RunDraft;
}

export function storeDraft(storage: Storage, meetingId: string, version: number, draft: RunDraft): void {
  try {
    clearDrafts(storage, meetingId);
    storage.setItem(storageKey(meetingId, version), JSON.stringify(draft));
  } catch {
    // A full or blocked storage: the autosave still runs; only the offline copy is missing.
  }
}

/** The newest draft kept for the meeting, if any. */
export function readDraft(storage: Storage, meetingId: string): StoredDraft | null {
  const found: StoredDraft[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (!key?.startsWith(`${PREFIX}${meetingId}:`)) continue;
    try {
      found.push({ version: Number(key.slice(key.lastIndexOf(':') + 1)), draft: JSON.parse(storage.getItem(key) ?? '') as RunDraft });
    } catch {
      // An unreadable entry is skipped.
    }
  }
  return found.sort((a, b) => b.version - a.version)[0] ?? null;
}

export function clearDrafts(storage: Storage, meetingId: string): void {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(`${PREFIX}${meetingId}:`)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
