import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ContactStatus,
  MapComparison,
  MapSaveConflict,
  MapVersion,
  MapVersionList,
  NetworkConsent,
  NetworkMapDetail,
  NetworkMapList,
  Problem,
  Referral,
  type MapPersonInput,
  type NetworkMapDocument,
} from '@inddrag/contracts';
import { RuleViolationError } from '../../lib/errors';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { assertMayContactPerson } from './contact-rules';

let t: TestApp;
const now = new Date('2026-11-24T09:00:00Z');
let raadgiver: TestSession;
let lederMyndighed: TestSession;
let lederFC: TestSession;
let ali: TestSession;
let camilla: TestSession;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  const login = (email: string) => loginAs(t.app, `${email}@demo.inddrag.dk`);
  raadgiver = await login('raadgiver');
  lederMyndighed = await login('leder');
  lederFC = await login('leder.familiecenter');
  ali = await login('familiecenter');
  camilla = await login('ungecenter');
  const municipality = await t.prisma.municipality.findUniqueOrThrow({ where: { code: '0999' }, include: { units: true } });
  const unit = (name: string) => municipality.units.find((u) => u.name === name)!.id;
  const user = async (email: string) => (await t.prisma.user.findUniqueOrThrow({ where: { email } })).id;
  Object.assign(ids, {
    municipality: municipality.id,
    myndighed: unit('Myndighedscentret'),
    familiecenter: unit('FamilieCentret'),
    raadgiver: await user('raadgiver@demo.inddrag.dk'),
    ali: await user('familiecenter@demo.inddrag.dk'),
  });
});
afterAll(async () => t?.close());

// --- helpers --------------------------------------------------------------------------------

let counter = 0;
/** A case in the child assessment, held by Myndighed, with raadgiver@ responsible. */
async function newCase(opts: { honour?: boolean } = {}) {
  counter += 1;
  const kase = await t.prisma.case.create({
    data: {
      municipalityId: ids.municipality!,
      caseNumber: `NET-${String(counter).padStart(4, '0')}`,
      childFirstName: 'Emma',
      childLastName: `Netværksen${counter}`,
      childCpr: `0106164${String(100 + counter).slice(-3)}`,
      childDateOfBirth: new Date('2016-06-01T00:00:00Z'),
      phase: 'BOERNEFAGLIG_UNDERSOEGELSE',
      awareOn: new Date('2026-10-01T00:00:00Z'),
      responsibleUnitId: ids.myndighed!,
      responsibleCaseworkerId: ids.raadgiver!,
      honourConflictSuspected: opts.honour ?? false,
    },
  });
  await t.prisma.caseTeamMember.create({ data: { caseId: kase.id, userId: ids.raadgiver!, role: 'RESPONSIBLE', addedAt: now } });
  return kase.id;
}

const person = (name: string, overrides: Partial<MapPersonInput> = {}): MapPersonInput => ({
  id: randomUUID(),
  name,
  relation: 'mormor',
  sector: 'FAMILY',
  placement: { ring: 'INNER', position: 0.5, quality: 'SUPPORTIVE', qualityView: 'CHILD' },
  ...overrides,
});

async function createMap(session: TestSession, caseId: string, payload: Record<string, unknown> = {}) {
  const response = await session.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/network-maps`,
    payload: { perspective: 'CHILD', occasion: 'BFU', ...payload },
  });
  expect(response.statusCode, response.body).toBe(201);
  return NetworkMapDetail.parse(response.json());
}

const save = (session: TestSession, caseId: string, mapId: string, baseVersion: number, document: unknown, occasion = 'BFU') =>
  session.inject({ method: 'PUT', url: `/api/cases/${caseId}/network-maps/${mapId}`, payload: { baseVersion, occasion, document } });

async function saveOk(session: TestSession, caseId: string, mapId: string, baseVersion: number, document: unknown, occasion = 'BFU') {
  const response = await save(session, caseId, mapId, baseVersion, document, occasion);
  expect(response.statusCode, response.body).toBe(200);
  return NetworkMapDetail.parse(response.json());
}

async function getMap(session: TestSession, caseId: string, mapId: string) {
  const response = await session.inject({ method: 'GET', url: `/api/cases/${caseId}/network-maps/${mapId}` });
  expect(response.statusCode, response.body).toBe(200);
  return NetworkMapDetail.parse(response.json());
}

/** The detail as a document to edit (what the web's draft starts from). */
function documentOf(detail: NetworkMapDetail): NetworkMapDocument {
  return { persons: detail.persons.map(({ consents: _c, contact: _s, ...rest }) => rest), ties: detail.ties };
}

const fieldPaths = (body: string) => (Problem.parse(JSON.parse(body)).errors ?? []).map((e) => e.path);

async function recordConsent(caseId: string, personId: string, givenOn = '2026-11-20') {
  const response = await raadgiver.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/network-persons/${personId}/consents`,
    payload: { givenBy: 'Mor (forældremyndighed)', scope: 'Kontakt og invitation til netværksmøde', givenOn },
  });
  expect(response.statusCode, response.body).toBe(201);
  return NetworkConsent.parse(response.json());
}

async function contactStatus(caseId: string, personId: string) {
  const response = await raadgiver.inject({ method: 'GET', url: `/api/cases/${caseId}/network-persons/${personId}/contact-status` });
  expect(response.statusCode, response.body).toBe(200);
  return ContactStatus.parse(response.json());
}

// --- tests ----------------------------------------------------------------------------------

describe('part 1 and part 2: the fields a map holds', () => {
  it('keeps every field of a person, their place and the lines between persons; contact details only for the team', async () => {
    const caseId = await newCase();
    const map = await createMap(raadgiver, caseId);
    expect(map).toMatchObject({ version: 1, perspective: 'CHILD', personCount: 0, can: { edit: true, seeContactDetails: true } });
    const mormor = person('Grethe Hansen', {
      relation: 'mormor',
      contactFrequency: 'WEEKLY',
      notes: 'Bor i Viborg',
      phone: '12345678',
      email: 'grethe@example.dk',
      address: 'Søndergade 1, 8800 Viborg',
      resources: 'Rolig og stabil',
      contributions: 'Henter i skole tirsdag og torsdag',
      willingness: 'YES',
      conditions: 'Ikke i ferierne',
      supportNeeded: 'Information om Emmas behov',
      placement: { ring: 'INNER', position: 0.3, quality: 'MIXED', qualityView: 'PARENT' },
      agreements: [{ id: randomUUID(), what: 'Henter Emma tirsdag og torsdag', who: 'Mormor', startsOn: '2026-12-01', endsOn: '2027-03-01', status: 'AGREED' }],
    });
    const laerer = person('Bo Jensen', {
      relation: 'klasselærer',
      sector: 'SCHOOL_WORK',
      isProfessional: true,
      placement: { ring: 'MIDDLE', position: 0.5, quality: 'TENUOUS', qualityView: 'PROFESSIONAL' },
    });
    const far = person('Karsten', {
      relation: 'far',
      doNotContact: true,
      doNotContactReason: 'Voldsdømt, polititilhold',
      placement: { ring: 'OUTER', position: 0.9, quality: 'STRESSFUL', qualityView: 'CHILD' },
    });
    const tie = { id: randomUUID(), fromId: mormor.id, toId: laerer.id, quality: 'SUPPORTIVE' };
    const saved = await saveOk(raadgiver, caseId, map.id, 1, { persons: [mormor, laerer, far], ties: [tie] });
    expect(saved.version).toBe(2);
    expect(saved.persons.map((p) => p.name)).toEqual(['Bo Jensen', 'Grethe Hansen', 'Karsten']);
    const grethe = saved.persons.find((p) => p.id === mormor.id)!;
    expect(grethe).toMatchObject({
      ...mormor,
      version: 1,
      agreements: [expect.objectContaining({ what: 'Henter Emma tirsdag og torsdag', status: 'AGREED', meetingDecisionId: null })],
    });
    expect(saved.ties).toEqual([tie]);

    // A unit leader reading along sees the map but not the contact details.
    const leaderView = await getMap(lederMyndighed, caseId, map.id);
    expect(leaderView.can.seeContactDetails).toBe(false);
    expect(leaderView.persons.find((p) => p.id === mormor.id)).toMatchObject({ phone: null, email: null, address: null, contributions: 'Henter i skole tirsdag og torsdag' });
  });

  it('names each invalid field (400), in Danish', async () => {
    const caseId = await newCase();
    const map = await createMap(raadgiver, caseId);
    const bad = await save(raadgiver, caseId, map.id, 1, {
      persons: [
        { ...person(''), sector: 'CLUB', email: 'ikke-en-mail' },
        person('Far', { doNotContact: true }),
      ],
      ties: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.body).sort()).toEqual([
      'body.document.persons.0.email',
      'body.document.persons.0.name',
      'body.document.persons.0.sector',
      'body.document.persons.1.doNotContactReason',
    ]);
    const a = person('A');
    const b = person('B');
    const loose = await save(raadgiver, caseId, map.id, 1, {
      persons: [a, b, { ...a }],
      ties: [
        { id: randomUUID(), fromId: a.id, toId: randomUUID(), quality: 'SUPPORTIVE' },
        { id: randomUUID(), fromId: a.id, toId: b.id, quality: 'SUPPORTIVE' },
        { id: randomUUID(), fromId: b.id, toId: a.id, quality: 'TENUOUS' },
      ],
    });
    expect(loose.statusCode).toBe(400);
    expect(fieldPaths(loose.body).sort()).toEqual(['body.document.persons.2.id', 'body.document.ties.0.toId', 'body.document.ties.2']);
    const noBase = await raadgiver.inject({ method: 'PUT', url: `/api/cases/${caseId}/network-maps/${map.id}`, payload: { occasion: 'PARTY', document: { persons: [] } } });
    expect(noBase.statusCode).toBe(400);
    expect(fieldPaths(noBase.body).sort()).toEqual(['body.baseVersion', 'body.occasion']);
  });
});

describe('versions and their comparison', () => {
  it('every save is a version with author, unit, time and occasion; two versions compare person by person', async () => {
    const caseId = await newCase();
    const map = await createMap(raadgiver, caseId);
    const mor = person('Mor', { relation: 'mor' });
    const moster = person('Moster Lis', { relation: 'moster', placement: { ring: 'MIDDLE', position: 0.5, quality: 'SUPPORTIVE', qualityView: 'CHILD' } });
    const nabo = person('Naboen', { relation: 'nabo', sector: 'FRIENDS_LEISURE' });
    const v2 = await saveOk(raadgiver, caseId, map.id, 1, { persons: [mor, moster, nabo], ties: [] });
    const doc = documentOf(v2);
    const changed = {
      ...doc,
      persons: doc.persons
        .filter((p) => p.id !== nabo.id)
        .map((p) =>
          p.id === moster.id
            ? { ...p, sector: 'FRIENDS_LEISURE' as const, placement: { ...p.placement, ring: 'INNER' as const, quality: 'MIXED' as const } }
            : p.id === mor.id
              ? { ...p, contributions: 'Kommer til møderne' }
              : p,
        )
        .concat([{ ...person('Træneren', { relation: 'fodboldtræner', sector: 'FRIENDS_LEISURE', isProfessional: false }), contactFrequency: null, notes: null, doNotContact: false, doNotContactReason: null, phone: null, email: null, address: null, resources: null, contributions: null, willingness: null, conditions: null, supportNeeded: null, agreements: [], isProfessional: false, version: 0, placement: { ring: 'OUTER', position: 0.5, quality: 'TENUOUS', qualityView: 'CHILD' } }]),
    };
    await saveOk(raadgiver, caseId, map.id, 2, changed, 'NETVAERKSMOEDE');

    const versionsResponse = await raadgiver.inject({ method: 'GET', url: `/api/cases/${caseId}/network-maps/${map.id}/versions` });
    expect(versionsResponse.statusCode, versionsResponse.body).toBe(200);
    const versions = MapVersionList.parse(versionsResponse.json()).items;
    expect(versions.map((v) => [v.number, v.occasion, v.personCount, v.author.name, v.unit.name])).toEqual([
      [3, 'NETVAERKSMOEDE', 3, 'Sofie Lund', 'Myndighedscentret'],
      [2, 'BFU', 3, 'Sofie Lund', 'Myndighedscentret'],
      [1, 'BFU', 0, 'Sofie Lund', 'Myndighedscentret'],
    ]);

    const one = await raadgiver.inject({ method: 'GET', url: `/api/cases/${caseId}/network-maps/${map.id}/versions/2` });
    expect(MapVersion.parse(one.json()).document.persons.map((p) => p.name)).toEqual(['Mor', 'Moster Lis', 'Naboen']);
    expect((await raadgiver.inject({ method: 'GET', url: `/api/cases/${caseId}/network-maps/${map.id}/versions/9` })).statusCode).toBe(404);

    const compared = await raadgiver.inject({ method: 'GET', url: `/api/cases/${caseId}/network-maps/${map.id}/compare?from=2&to=3` });
    expect(compared.statusCode, compared.body).toBe(200);
    const changes = MapComparison.parse(compared.json()).changes.map((c) => [c.kind, c.personName, c.field, c.from, c.to]);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['PERSON_ADDED', 'Træneren', null, null, 'Træneren'],
        ['PERSON_REMOVED', 'Naboen', null, 'Naboen', null],
        ['RING_CHANGED', 'Moster Lis', null, 'MIDDLE', 'INNER'],
        ['SECTOR_CHANGED', 'Moster Lis', null, 'FAMILY', 'FRIENDS_LEISURE'],
        ['QUALITY_CHANGED', 'Moster Lis', null, 'SUPPORTIVE/CHILD', 'MIXED/CHILD'],
        ['DETAILS_CHANGED', 'Mor', 'contributions', null, 'Kommer til møderne'],
      ]),
    );
    expect(changes).toHaveLength(6);
    // The person taken off the map stays in the case's network.
    expect(await t.prisma.networkPerson.count({ where: { id: nabo.id } })).toBe(1);
  });

  it('the version sent with a referral is frozen and marked; the executor team continues the map and Myndighed sees it', async () => {
    const caseId = await newCase();
    const map = await createMap(raadgiver, caseId);
    const mormor = person('Mormor');
    await saveOk(raadgiver, caseId, map.id, 1, { persons: [mormor], ties: [] });
    expect((await getMap(ali, caseId, map.id).catch(() => null)) ?? null).toBeNull();
    expect((await ali.inject({ method: 'GET', url: `/api/cases/${caseId}/network-maps/${map.id}` })).statusCode).toBe(404);

    const decision = await raadgiver.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/decisions`,
      payload: { legalBasis: 'Barnets lov § 32, stk. 1, nr. 3', measure: 'Familiebehandling', purpose: 'At styrke omsorgen', expectedDuration: '6 måneder', decidedOn: '2026-11-20' },
    });
    expect(decision.statusCode, decision.body).toBe(201);
    const sent = await raadgiver.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/referrals`,
      payload: { toUnitId: ids.familiecenter, decisionId: (decision.json() as { id: string }).id, assessmentSummary: 'Behov for familiebehandling.' },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const referral = Referral.parse(sent.json());
    expect(referral.networkMaps).toEqual([{ mapId: map.id, perspective: 'CHILD', perspectiveOf: null, versionNumber: 2, personCount: 1 }]);

    const accepted = await lederFC.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/accept`,
      payload: { assignedWorkerId: ids.ali, version: referral.version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const executorView = await getMap(ali, caseId, map.id);
    expect(executorView.can.edit).toBe(true);
    const doc = documentOf(executorView);
    const withPart2 = {
      ...doc,
      persons: doc.persons.map((p) => ({
        ...p,
        contributions: 'Aflastning hver tredje weekend',
        willingness: 'YES' as const,
        agreements: [{ id: randomUUID(), what: 'Aflastning hver tredje weekend', who: 'Mormor', startsOn: '2026-12-05', endsOn: null, status: 'AGREED' as const, meetingDecisionId: null, safetyPlanRuleId: null, actionPlanTaskId: null }],
      })),
    };
    await saveOk(ali, caseId, map.id, 2, withPart2, 'OPFOELGNINGSMOEDE');

    const seenByMyndighed = await getMap(raadgiver, caseId, map.id);
    expect(seenByMyndighed.persons[0]).toMatchObject({ contributions: 'Aflastning hver tredje weekend', agreements: [expect.objectContaining({ status: 'AGREED' })] });
    expect(seenByMyndighed.lastSaved).toMatchObject({ occasion: 'OPFOELGNINGSMOEDE', author: { name: 'Ali Demir' }, unit: { name: 'FamilieCentret' } });

    const versions = MapVersionList.parse((await raadgiver.inject({ method: 'GET', url: `/api/cases/${caseId}/network-maps/${map.id}/versions` })).json()).items;
    expect(versions.find((v) => v.number === 2)?.sentWith).toEqual([expect.objectContaining({ referralId: referral.id, toUnit: expect.objectContaining({ name: 'FamilieCentret' }) })]);
    expect(versions.find((v) => v.number === 3)?.sentWith).toEqual([]);
    const frozen = MapVersion.parse((await raadgiver.inject({ method: 'GET', url: `/api/cases/${caseId}/network-maps/${map.id}/versions/2` })).json());
    expect(frozen.document.persons[0]?.contributions).toBeNull();
  });
});

describe('two people at once', () => {
  it('of two saves from the same version one wins and the other gets 409 with what changed, a merge and the clashes; nothing is lost', async () => {
    const caseId = await newCase();
    const map = await createMap(raadgiver, caseId);
    const mor = person('Mor', { relation: 'mor' });
    const base = documentOf(await saveOk(raadgiver, caseId, map.id, 1, { persons: [mor], ties: [] }));

    const aliceAddsMormor = { ...base, persons: [...base.persons, person('Mormor')] };
    const bobChangesMor = { ...base, persons: base.persons.map((p) => ({ ...p, contributions: 'Deltager i netværksmøder', placement: { ...p.placement, ring: 'MIDDLE' as const } })) };
    const [first, second] = await Promise.all([
      save(raadgiver, caseId, map.id, 2, aliceAddsMormor),
      save(lederMyndighed, caseId, map.id, 2, bobChangesMor),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    const conflict = MapSaveConflict.parse(loser.json());
    expect(conflict).toMatchObject({ status: 409, type: 'urn:inddrag:problem:conflict' });
    expect(conflict.conflict.current.version).toBe(3);
    expect(conflict.conflict.theirChanges.length).toBeGreaterThan(0);

    // Re-applying: the merged document holds both changes and saves against the current version.
    const reapplied = await saveOk(loser === first ? raadgiver : lederMyndighed, caseId, map.id, 3, conflict.conflict.rebased);
    expect(reapplied.version).toBe(4);
    expect(reapplied.persons.map((p) => p.name).sort()).toEqual(['Mor', 'Mormor']);
    expect(reapplied.persons.find((p) => p.id === mor.id)).toMatchObject({ contributions: 'Deltager i netværksmøder', placement: { ring: 'MIDDLE' } });
  });

  it('reports a field both changed as a clash, with the re-applying user’s value in the merge', async () => {
    const caseId = await newCase();
    const map = await createMap(raadgiver, caseId);
    const base = documentOf(await saveOk(raadgiver, caseId, map.id, 1, { persons: [person('Mor', { relation: 'mor' })], ties: [] }));
    const setRing = (ring: 'MIDDLE' | 'OUTER') => ({ ...base, persons: base.persons.map((p) => ({ ...p, placement: { ...p.placement, ring } })) });
    await saveOk(lederMyndighed, caseId, map.id, 2, setRing('OUTER'));
    const stale = await save(raadgiver, caseId, map.id, 2, setRing('MIDDLE'));
    expect(stale.statusCode).toBe(409);
    const { conflict } = MapSaveConflict.parse(stale.json());
    expect(conflict.theirChanges.map((c) => [c.kind, c.from, c.to])).toEqual([['RING_CHANGED', 'INNER', 'OUTER']]);
    expect(conflict.clashes.map((c) => [c.personName, c.field, c.from, c.to])).toEqual([['Mor', 'ring', 'OUTER', 'MIDDLE']]);
    expect(conflict.rebased.persons[0]?.placement.ring).toBe('MIDDLE');
    // Nothing was written by the stale save.
    expect((await getMap(raadgiver, caseId, map.id)).persons[0]?.placement.ring).toBe('OUTER');
  });

  it('a person changed through another map of the case makes a save naming the old version stale', async () => {
    const caseId = await newCase();
    const childMap = await createMap(raadgiver, caseId);
    const mormor = person('Mormor');
    const childDoc = documentOf(await saveOk(raadgiver, caseId, childMap.id, 1, { persons: [mormor], ties: [] }));
    const motherMap = await createMap(raadgiver, caseId, { perspective: 'PARENT', perspectiveOf: 'Mor', copyFromMapId: childMap.id });
    expect(motherMap.persons.map((p) => p.id)).toEqual([mormor.id]);
    const motherDoc = documentOf(motherMap);
    await saveOk(lederMyndighed, caseId, motherMap.id, 1, { ...motherDoc, persons: motherDoc.persons.map((p) => ({ ...p, relation: 'mormor (mors mor)' })) });
    const stale = await save(raadgiver, caseId, childMap.id, 2, { ...childDoc, persons: childDoc.persons.map((p) => ({ ...p, notes: 'Ny note' })) });
    expect(stale.statusCode).toBe(409);
    const { conflict } = MapSaveConflict.parse(stale.json());
    expect(conflict.rebased.persons[0]).toMatchObject({ relation: 'mormor (mors mor)', notes: 'Ny note', version: 2 });
    await saveOk(raadgiver, caseId, childMap.id, 2, conflict.rebased);
  });
});

describe('consent and the contact rules', () => {
  it('a risk flag, a missing or withdrawn consent and an unassessed honour flag each block contact, and say why', async () => {
    const caseId = await newCase();
    const map = await createMap(raadgiver, caseId);
    const mormor = person('Mormor');
    const far = person('Far', { relation: 'far', doNotContact: true, doNotContactReason: 'Tilhold' });
    await saveOk(raadgiver, caseId, map.id, 1, { persons: [mormor, far], ties: [] });

    expect(await contactStatus(caseId, mormor.id)).toEqual({
      allowed: false,
      blocks: [{ reason: 'NO_CONSENT', message: 'Der er ikke registreret samtykke til at kontakte personen.' }],
    });
    const consent = await recordConsent(caseId, mormor.id);
    expect(consent).toMatchObject({ givenBy: 'Mor (forældremyndighed)', givenOn: '2026-11-20', withdrawnOn: null, recordedBy: { name: 'Sofie Lund' } });
    expect(await contactStatus(caseId, mormor.id)).toEqual({ allowed: true, blocks: [] });

    await recordConsent(caseId, far.id);
    const farStatus = await contactStatus(caseId, far.id);
    expect(farStatus).toEqual({ allowed: false, blocks: [{ reason: 'DO_NOT_CONTACT', message: 'Personen må ikke kontaktes: Tilhold.' }] });

    const stale = await raadgiver.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/network-persons/${mormor.id}/consents/${consent.id}/withdraw`,
      payload: { withdrawnOn: '2026-11-23', reason: 'Mor trækker samtykket', version: consent.version + 1 },
    });
    expect(stale.statusCode).toBe(409);
    const withdrawn = await raadgiver.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/network-persons/${mormor.id}/consents/${consent.id}/withdraw`,
      payload: { withdrawnOn: '2026-11-23', reason: 'Mor trækker samtykket', version: consent.version },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await contactStatus(caseId, mormor.id)).toEqual({
      allowed: false,
      blocks: [{ reason: 'CONSENT_WITHDRAWN', message: 'Samtykket til at kontakte personen blev tilbagekaldt 23.11.2026.' }],
    });
    // The map shows the same, person by person.
    const detail = await getMap(raadgiver, caseId, map.id);
    expect(detail.persons.map((p) => [p.name, p.contact.blocks.map((b) => b.reason)])).toEqual([
      ['Far', ['DO_NOT_CONTACT']],
      ['Mormor', ['CONSENT_WITHDRAWN']],
    ]);
    expect(detail.persons.find((p) => p.name === 'Mormor')?.consents).toEqual([expect.objectContaining({ withdrawnOn: '2026-11-23', withdrawnReason: 'Mor trækker samtykket' })]);

    // The check later features call refuses with every reason (422).
    await expect(t.prisma.$transaction((tx) => assertMayContactPerson(tx, caseId, far.id, '2026-11-24', 'Personen kan ikke inviteres'))).rejects.toThrow(RuleViolationError);
    await expect(t.prisma.$transaction((tx) => assertMayContactPerson(tx, caseId, far.id, '2026-11-24', 'Personen kan ikke inviteres'))).rejects.toThrow(
      'Personen kan ikke inviteres: Personen må ikke kontaktes: Tilhold.',
    );
  });

  it('while honour-related conflict is suspected without a risk assessment, nobody may be contacted', async () => {
    const caseId = await newCase({ honour: true });
    const map = await createMap(raadgiver, caseId);
    const moster = person('Moster');
    await saveOk(raadgiver, caseId, map.id, 1, { persons: [moster], ties: [] });
    await recordConsent(caseId, moster.id);
    const status = await contactStatus(caseId, moster.id);
    expect(status.allowed).toBe(false);
    expect(status.blocks.map((b) => b.reason)).toEqual(['HONOUR_RISK_UNASSESSED']);
    expect(status.blocks[0]?.message).toContain('§ 18, stk. 3');
    await t.prisma.case.update({ where: { id: caseId }, data: { honourRiskAssessedOn: new Date('2026-11-22T00:00:00Z') } });
    expect((await contactStatus(caseId, moster.id)).allowed).toBe(true);
  });

  it('refuses bad consent input field by field, and a date in the future', async () => {
    const caseId = await newCase();
    const map = await createMap(raadgiver, caseId);
    const mormor = person('Mormor');
    await saveOk(raadgiver, caseId, map.id, 1, { persons: [mormor], ties: [] });
    const url = `/api/cases/${caseId}/network-persons/${mormor.id}/consents`;
    const bad = await raadgiver.inject({ method: 'POST', url, payload: { givenBy: '', scope: ' ', givenOn: 'i går' } });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.body).sort()).toEqual(['body.givenBy', 'body.givenOn', 'body.scope']);
    const future = await raadgiver.inject({ method: 'POST', url, payload: { givenBy: 'Mor', scope: 'Kontakt', givenOn: '2026-12-24' } });
    expect(future.statusCode).toBe(400);
    expect(fieldPaths(future.body)).toEqual(['body.givenOn']);
    const elsewhere = await raadgiver.inject({ method: 'POST', url: `/api/cases/${caseId}/network-persons/${randomUUID()}/consents`, payload: { givenBy: 'Mor', scope: 'Kontakt', givenOn: '2026-11-20' } });
    expect(elsewhere.statusCode).toBe(404);
  });
});

describe('access and audit', () => {
  it('someone off the case gets 404 on every map route; every read and write is audited', async () => {
    const caseId = await newCase();
    const map = await createMap(raadgiver, caseId);
    const mormor = person('Mormor');
    await saveOk(raadgiver, caseId, map.id, 1, { persons: [mormor], ties: [] });
    const urls = [
      `/api/cases/${caseId}/network-maps`,
      `/api/cases/${caseId}/network-maps/${map.id}`,
      `/api/cases/${caseId}/network-maps/${map.id}/versions`,
      `/api/cases/${caseId}/network-maps/${map.id}/versions/1`,
      `/api/cases/${caseId}/network-maps/${map.id}/compare?from=1&to=2`,
      `/api/cases/${caseId}/network-persons/${mormor.id}/contact-status`,
    ];
    for (const url of urls) expect((await camilla.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    expect((await save(camilla, caseId, map.id, 2, { persons: [], ties: [] })).statusCode).toBe(404);
    expect(
      (await camilla.inject({ method: 'POST', url: `/api/cases/${caseId}/network-persons/${mormor.id}/consents`, payload: { givenBy: 'Mor', scope: 'Kontakt', givenOn: '2026-11-20' } })).statusCode,
    ).toBe(404);
    // A map of another case is not found through this case.
    const otherCase = await newCase();
    expect((await raadgiver.inject({ method: 'GET', url: `/api/cases/${otherCase}/network-maps/${map.id}` })).statusCode).toBe(404);

    const before = await t.prisma.auditEvent.count({ where: { caseId } });
    for (const url of urls) expect((await raadgiver.inject({ method: 'GET', url })).statusCode, url).toBe(200);
    await recordConsent(caseId, mormor.id);
    const detail = await getMap(raadgiver, caseId, map.id);
    await saveOk(raadgiver, caseId, map.id, detail.version, documentOf(detail));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const events = await t.prisma.auditEvent.findMany({ where: { caseId }, orderBy: { seq: 'asc' }, skip: before });
    expect(events.map((e) => `${e.action} ${e.entityType}`)).toEqual([
      'READ NetworkMap',
      'READ NetworkMap',
      'READ NetworkMapVersion',
      'READ NetworkMapVersion',
      'READ NetworkMapVersion',
      'READ NetworkPerson',
      'CREATE NetworkConsent',
      'READ NetworkMap',
      'UPDATE NetworkMap',
    ]);
    expect(events.every((e) => e.userId === ids.raadgiver)).toBe(true);
  });

  it('lists the maps of the case; a reader without edit rights gets can.edit false and 404 on writes they may not do', async () => {
    const caseId = await newCase();
    await createMap(raadgiver, caseId);
    await createMap(raadgiver, caseId, { perspective: 'PARENT', perspectiveOf: 'Far' });
    const list = NetworkMapList.parse((await raadgiver.inject({ method: 'GET', url: `/api/cases/${caseId}/network-maps` })).json());
    expect(list.items.map((m) => [m.perspective, m.perspectiveOf, m.version])).toEqual([
      ['CHILD', null, 1],
      ['PARENT', 'Far', 1],
    ]);
  });
});
