import { z } from 'zod';
import { Cursor, IsoDate, IsoDateTime, Uuid, page, pageLimit } from './common';
import { UnitRef, UserRef } from './units';

// The case journal (journalnotater): OFL § 13 notatpligt — orally received facts, external
// professional assessments and significant procedural steps are written down, dated and
// authored (domain.md §4.5). A note may be corrected by its author within 24 hours of writing
// it; after that it stands, and anything new is written as a supplement (tilføjelse).

export const NoteKind = z
  .enum(['NOTE', 'PHONE_CALL', 'MEETING', 'CHILD_CONVERSATION', 'HOME_VISIT', 'EXTERNAL_STATEMENT', 'PROCEDURAL_STEP'])
  .meta({ id: 'NoteKind' });
export type NoteKind = z.infer<typeof NoteKind>;

export const NOTE_TITLE_MAX = 200;
export const NOTE_BODY_MAX = 50_000;
/** How long after writing a note its author may still correct it. */
export const NOTE_EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;

const NoteTitle = z
  .string()
  .trim()
  .min(1, 'Skriv en overskrift')
  .max(NOTE_TITLE_MAX, `Overskriften må højst være ${NOTE_TITLE_MAX} tegn`);
const NoteBody = z
  .string()
  .trim()
  .min(1, 'Skriv notatets tekst')
  .max(NOTE_BODY_MAX, 'Notatet må højst være 50.000 tegn');
const NoteDate = IsoDate.describe('The date of what the note records (not in the future)');

/** One journal entry: a note or a supplement to one. */
export const CaseNoteEntry = z
  .object({
    id: Uuid,
    kind: NoteKind,
    occurredOn: IsoDate,
    title: z.string(),
    body: z.string(),
    author: UserRef,
    /** The author's unit when the note was written. */
    authorUnit: UnitRef.nullable(),
    /** Set on a supplement: the note it adds to. */
    supplementsId: Uuid.nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    /** createdAt + 24 hours: until then the author may correct the note. */
    editableUntil: IsoDateTime,
    /** The current user may correct it now (they wrote it, and it is within 24 hours). */
    canEdit: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'CaseNoteEntry' });
export type CaseNoteEntry = z.infer<typeof CaseNoteEntry>;

/** A note with its supplements, oldest supplement first. */
export const CaseNote = CaseNoteEntry.extend({ supplements: z.array(CaseNoteEntry) }).meta({ id: 'CaseNote' });
export type CaseNote = z.infer<typeof CaseNote>;

/** The journal, newest note first, a page at a time. */
export const CaseNoteList = page(CaseNote).meta({ id: 'CaseNoteList' });
export type CaseNoteList = z.infer<typeof CaseNoteList>;

export const NoteListQuery = z.object({ cursor: Cursor.optional(), limit: pageLimit });
export type NoteListQuery = z.infer<typeof NoteListQuery>;

export const NoteParams = z.object({ caseId: Uuid, noteId: Uuid });
export type NoteParams = z.infer<typeof NoteParams>;

export const CreateNoteRequest = z
  .object({
    kind: NoteKind,
    occurredOn: NoteDate,
    title: NoteTitle,
    body: NoteBody,
    /** Write the note as a supplement to this one (which must not itself be a supplement). */
    supplementsId: Uuid.optional(),
  })
  .meta({ id: 'CreateNoteRequest' });
export type CreateNoteRequest = z.infer<typeof CreateNoteRequest>;

/** A correction within 24 hours, by the author only; `version` as last read (409 when stale). */
export const UpdateNoteRequest = z
  .object({
    kind: NoteKind.optional(),
    occurredOn: NoteDate.optional(),
    title: NoteTitle.optional(),
    body: NoteBody.optional(),
    version: z.number().int(),
  })
  .meta({ id: 'UpdateNoteRequest' });
export type UpdateNoteRequest = z.infer<typeof UpdateNoteRequest>;
