import { TZDate } from '@date-fns/tz';
import type { InvitationLetter, MeetingType } from '@inddrag/contracts';
import { format } from 'date-fns';
import { da } from 'date-fns/locale';
import { TIME_ZONE } from '../../lib/dates';
import type { PrintableBlock, PrintableDocument } from '../../lib/pdf/document';

const TYPE_TEXT: Record<MeetingType, string> = {
  NETWORK_MEETING: 'Inddragende netværksmøde',
  FOLLOW_UP_MEETING: 'Opfølgningsmøde',
  FAMILY_GROUP_CONFERENCE: 'Familierådslagning',
  NETWORK_COUNCIL: 'Netværkssamråd',
};

const local = (iso: string) => new TZDate(new Date(iso).getTime(), TIME_ZONE);

/** "torsdag den 3. december 2026 kl. 15.00–18.00", in Copenhagen time. */
export function whenText(startsAt: string, endsAt: string | null): string {
  const day = format(local(startsAt), "EEEE 'den' d. MMMM yyyy", { locale: da });
  const from = format(local(startsAt), 'HH.mm');
  return endsAt ? `${day} kl. ${from}–${format(local(endsAt), 'HH.mm')}` : `${day} kl. ${from}`;
}

/** The invitation letter as a printable document for the PDF (the same text as the printable page). */
export function invitationDocument(letter: InvitationLetter): PrintableDocument {
  const type = TYPE_TEXT[letter.meetingType];
  const facts = [
    { label: 'Hvornår', value: whenText(letter.startsAt, letter.endsAt) },
    { label: 'Hvor', value: letter.place },
    ...(letter.inviterName ? [{ label: 'Hvem inviterer', value: letter.inviterName }] : []),
    ...(letter.leaderName ? [{ label: 'Hvem leder mødet', value: letter.leaderName }] : []),
  ];
  const blocks: PrintableBlock[] = [
    { kind: 'paragraph', text: letter.greeting },
    { kind: 'paragraph', text: letter.what },
    { kind: 'heading', text: 'Hvorfor holder vi mødet?' },
    { kind: 'paragraph', text: letter.why },
    { kind: 'facts', rows: facts },
    { kind: 'heading', text: 'Hvem kommer ellers?' },
    letter.others.length > 0
      ? { kind: 'list', items: letter.others.map((other) => `${other.name} (${other.relation})`) }
      : { kind: 'paragraph', text: 'Vi har ikke inviteret andre endnu.' },
  ];
  if (letter.agenda.length > 0)
    blocks.push({ kind: 'heading', text: 'Det taler vi om' }, { kind: 'list', items: letter.agenda });
  blocks.push({ kind: 'paragraph', text: letter.closing });
  if (letter.inviterName) blocks.push({ kind: 'paragraph', text: `Med venlig hilsen\n${letter.inviterName}` });
  const sender = [letter.municipalityName, letter.unitName].filter(Boolean).join(' · ');
  return {
    title: `Invitation til ${type.toLowerCase()}`,
    subtitle: `${type} · ${letter.municipalityName}`,
    sender,
    blocks,
    footer: `Invitation til ${letter.recipientName} · ${sender}`,
    language: 'da-DK',
  };
}

/** The PDF's file name: "Invitation Grethe Hansen 2026-12-03.pdf". */
export function invitationFileName(letter: InvitationLetter): string {
  const day = format(local(letter.startsAt), 'yyyy-MM-dd');
  return `Invitation ${letter.recipientName} ${day}.pdf`;
}
