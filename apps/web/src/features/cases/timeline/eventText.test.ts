import { CaseEventKind, type CaseEvent } from '@inddrag/contracts';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../../i18n/format';
import { namespaces, resources } from '../../../i18n/resources';
import { eventText, type TimelineT } from './eventText';

let da: TimelineT;
let en: TimelineT;
const dkDate = (iso: string) => formatCalendarDate(iso, 'da-DK');

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, ns: namespaces, defaultNS: 'common', lng: 'da', interpolation: { escapeValue: false }, showSupportNotice: false });
  da = i18n.getFixedT('da', ['caseRegister', 'cases']) as unknown as TimelineT;
  en = i18n.getFixedT('en', ['caseRegister', 'cases']) as unknown as TimelineT;
});

const text = (kind: CaseEvent['kind'], data: CaseEvent['data'] = {}, t = da) => eventText({ kind, data }, t, dkDate);

describe('eventText', () => {
  it('words a phase change with the phase names and the date of the step', () => {
    expect(text('phase.changed', { from: 'SCREENING', to: 'BOERNEFAGLIG_UNDERSOEGELSE', changedOn: '2026-03-01', reason: null })).toBe(
      'Fase ændret fra Screening til Børnefaglig undersøgelse (01.03.2026)',
    );
    expect(text('phase.changed', { from: 'SCREENING', to: 'AFSLUTTET', changedOn: '2026-03-02', reason: 'Ingen bekymring' })).toBe(
      'Fase ændret fra Screening til Afsluttet (02.03.2026). Begrundelse: Ingen bekymring',
    );
  });

  it('names the source of a notification and says when it concerns abuse', () => {
    expect(text('notification.registered', { source: 'SCHOOL', receivedOn: '2026-02-20', concernsAbuse: false })).toBe(
      'Underretning fra Skole registreret (modtaget 20.02.2026)',
    );
    expect(text('notification.registered', { source: 'POLICE', receivedOn: '2026-02-20', concernsAbuse: true })).toBe(
      'Underretning fra Politi om overgreb registreret (modtaget 20.02.2026)',
    );
  });

  it('lists the deadline dates that changed, and a removed one as removed', () => {
    expect(text('deadlineDates.changed', { networkCouncilHeldOn: '2026-03-04', nextFollowUpOn: null })).toBe(
      'Datoer for frister ændret: Netværkssamråd holdt: 04.03.2026; Næste opfølgning: fjernet',
    );
  });

  it('words the team, the case and the honour flag', () => {
    expect(text('team.memberAdded', { name: 'Lars Winther', role: 'CO_WORKER' })).toBe(
      'Lars Winther tilføjet til sagens team som Medarbejder',
    );
    expect(text('case.updated', { fields: 'childAddress,responsibleCaseworkerId' })).toBe(
      'Sagens oplysninger blev ændret: adresse, ansvarlig rådgiver',
    );
    expect(text('honour.riskAssessed', { assessedOn: '2026-03-05' })).toBe('Risikovurdering registreret (05.03.2026)');
    expect(text('parent.added', { name: 'Mette Hansen', hasCustody: true })).toBe(
      'Mette Hansen tilføjet som forælder med forældremyndighed',
    );
  });

  it('shows unknown values as they are', () => {
    expect(text('phase.changed', { from: 'NOGET_NYT', to: 'SCREENING', changedOn: 'i går' })).toBe(
      'Fase ændret fra NOGET_NYT til Screening (i går)',
    );
  });

  it('has a text for every kind, in Danish and English, without left-over placeholders or keys', () => {
    for (const kind of CaseEventKind.options) {
      for (const t of [da, en]) {
        const words = text(kind, {}, t);
        expect(words, kind).toBeTruthy();
        expect(words, kind).not.toContain('{{');
        expect(words, kind).not.toContain('timeline.event');
      }
    }
  });
});
