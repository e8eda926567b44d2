import { TZDate } from '@date-fns/tz';
import type { MeetingDecisionKind, MeetingMinutes, MeetingNoteKind, MeetingPhase, MeetingType } from '@inddrag/contracts';
import { format } from 'date-fns';
import { da } from 'date-fns/locale';
import { danishDate, TIME_ZONE } from '../../lib/dates';
import type { PrintableBlock, PrintableDocument } from '../../lib/pdf/document';

// The minutes as a printable document for the PDF: the same sections, in the same order, as the
// minutes page (apps/web/src/features/meetings/minutes). Danish labels here, because the PDF is
// made on the server.

const TYPE_TEXT: Record<MeetingType, string> = {
  NETWORK_MEETING: 'Inddragende netværksmøde',
  FOLLOW_UP_MEETING: 'Opfølgningsmøde',
  FAMILY_GROUP_CONFERENCE: 'Familierådslagning',
  NETWORK_COUNCIL: 'Netværkssamråd',
};
const NOTE_KIND_TEXT: Record<MeetingNoteKind, string> = {
  BESLUTNINGSNOTAT: 'Beslutningsnotat',
  ARBEJDSPAPIR: 'Arbejdspapir',
  REFERAT: 'Referat',
};
const PHASE_TEXT: Record<MeetingPhase, string> = {
  WELCOME: 'Velkomst og formål',
  ROUND: 'Runde',
  INFORMATION: 'Informationsdel',
  WORRIES: 'Det vi er bekymrede for',
  WORKING_WELL: 'Det der går godt',
  NEXT_STEPS: 'Det der skal ske',
  PRIVATE_FAMILY_TIME: 'Familiens egen tid',
  PLAN_PRESENTATION: 'Familiens plan',
  AGREEMENTS: 'Aftaler',
  SCALING: 'Skalering',
  NEXT_MEETING: 'Næste møde',
};
const DECISION_KIND_TEXT: Record<MeetingDecisionKind, string> = {
  AGREEMENT: 'Aftale',
  INITIATIVE: 'Initiativ',
  DUTY: 'Handlepligt',
};

/** "3. december 2026 kl. 15.00", in Copenhagen time. */
function dateTimeText(iso: string): string {
  return format(new TZDate(new Date(iso).getTime(), TIME_ZONE), "d. MMMM yyyy 'kl.' HH.mm", { locale: da });
}

const orDash = (text: string | null | undefined) => (text && text.trim() ? text.trim() : '–');
const people = (list: MeetingMinutes['present']) => list.map((p) => `${p.name} (${p.relation})`);

/** Text as paragraphs, one per block of lines; a dash when empty. */
function paragraphs(text: string): PrintableBlock[] {
  const parts = text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean);
  return parts.length > 0 ? parts.map((part) => ({ kind: 'paragraph', text: part })) : [{ kind: 'paragraph', text: '–' }];
}

export function minutesDocument(m: MeetingMinutes): PrintableDocument {
  const facts = [
    { label: 'Barn/ung', value: m.childFirstName },
    ...(m.caseNumber ? [{ label: 'Sagsnummer', value: m.caseNumber }] : []),
    { label: 'Formål', value: m.purpose },
    { label: 'Tidspunkt', value: dateTimeText(m.heldAt ?? m.startsAt) },
    { label: 'Sted', value: m.place },
    { label: 'Mødeleder', value: orDash(m.leaderName) },
    { label: 'Referent', value: orDash(m.noteTakerName) },
  ];
  const blocks: PrintableBlock[] = [
    { kind: 'facts', rows: facts },
    { kind: 'heading', text: 'Til stede' },
    m.present.length > 0 ? { kind: 'list', items: people(m.present) } : { kind: 'paragraph', text: '–' },
  ];
  if (m.absent.length > 0) blocks.push({ kind: 'heading', text: 'Afbud og fravær' }, { kind: 'list', items: people(m.absent) });
  blocks.push(
    { kind: 'heading', text: 'Det vi er bekymrede for' },
    ...paragraphs(m.worries),
    { kind: 'heading', text: 'Det der går godt' },
    ...paragraphs(m.workingWell),
    { kind: 'heading', text: 'Det der skal ske' },
    ...paragraphs(m.nextSteps),
  );
  for (const phase of m.phases) blocks.push({ kind: 'heading', text: `Noter: ${PHASE_TEXT[phase.phase]}` }, ...paragraphs(phase.notes));
  if (m.familyPlan !== null) blocks.push({ kind: 'heading', text: 'Familiens plan' }, ...paragraphs(m.familyPlan));
  if (m.questions.length > 0)
    blocks.push({ kind: 'table', caption: 'Familiens svar på spørgsmålene', head: ['Spørgsmål', 'Svar'], rows: m.questions.map((q) => [q.text, orDash(q.answer)]) });
  if (m.planApproval) blocks.push({ kind: 'heading', text: 'Rådgiverens godkendelse' }, { kind: 'paragraph', text: m.planApproval });
  blocks.push(
    m.decisions.length > 0
      ? {
          kind: 'table',
          caption: 'Aftaler',
          head: ['Hvad', 'Hvem', 'Hvornår', 'Art'],
          rows: m.decisions.map((d) => [d.what, d.who, d.dueOn ? danishDate(d.dueOn) : '–', DECISION_KIND_TEXT[d.kind]]),
        }
      : { kind: 'paragraph', text: 'Der blev ikke indgået aftaler.' },
  );
  if (m.scores.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Skalering (0–10)',
      head: ['Hvem', 'Score', 'Begrundelse'],
      rows: m.scores.map((s) => [s.respondent, String(s.score), orDash(s.reason)]),
    });
  blocks.push(
    { kind: 'heading', text: 'Næste møde' },
    { kind: 'paragraph', text: m.nextMeetingAt ? dateTimeText(m.nextMeetingAt) : 'Ikke aftalt' },
    ...(m.nextMeetingNote ? [{ kind: 'paragraph' as const, text: m.nextMeetingNote }] : []),
  );
  if (m.audience === 'PROFESSIONAL' && m.professionalNotes !== null)
    blocks.push({ kind: 'heading', text: 'Faglige noter (ikke med i netværkets udgave)' }, ...paragraphs(m.professionalNotes));
  return {
    title: `${NOTE_KIND_TEXT[m.noteKind]}: ${TYPE_TEXT[m.type]}`,
    subtitle: `${m.audience === 'NETWORK' ? 'Udgave til netværket' : 'Faglig udgave'} · ${m.municipalityName}`,
    sender: m.municipalityName,
    blocks,
    footer: m.audience === 'NETWORK' ? 'Referat til deltagerne fra netværket' : 'Referat til sagen – indeholder faglige noter',
  };
}
