import { MapPerson } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { changedFields, emptyFormValues, toFormValues, toNewPerson, toPersonInput } from './personForm';

const ID = '10000000-0000-4000-8000-000000000001';
const AGREEMENT = '60000000-0000-4000-8000-000000000001';

const filled = () => ({
  ...emptyFormValues(ID, 'CHILD', 'FAMILY', 'INNER'),
  name: '  Inger ',
  relation: 'Mormor',
  contributions: 'Henter fra skole',
  willingness: 'YES' as const,
  agreements: [
    {
      id: AGREEMENT,
      what: 'Henter tirsdag',
      who: 'Inger',
      startsOn: '2026-03-01',
      endsOn: '',
      status: 'PROPOSED' as const,
      meetingDecisionId: null,
      safetyPlanRuleId: null,
      actionPlanTaskId: null,
    },
  ],
});

describe('person form values', () => {
  it('turn empty text and unchosen selects into null, and pass the contract', () => {
    const parsed = MapPerson.parse(toPersonInput(filled()));
    expect(parsed).toMatchObject({
      id: ID,
      name: 'Inger',
      notes: null,
      email: null,
      contactFrequency: null,
      willingness: 'YES',
      contributions: 'Henter fra skole',
      placement: { ring: 'INNER', quality: 'SUPPORTIVE', qualityView: 'CHILD' },
    });
    expect(parsed.agreements[0]).toMatchObject({ startsOn: '2026-03-01', endsOn: null });
  });

  it('let the contract refuse what is missing', () => {
    const result = MapPerson.safeParse(toPersonInput({ ...filled(), name: ' ', doNotContact: true }));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'doNotContactReason']));
  });

  it('drop the reason when the risk flag is off', () => {
    const parsed = MapPerson.parse(toPersonInput({ ...filled(), doNotContactReason: 'Vold' }));
    expect(parsed.doNotContactReason).toBeNull();
  });

  it('round-trip a person', () => {
    const person = MapPerson.parse(toPersonInput(filled()));
    expect(MapPerson.parse(toPersonInput(toFormValues(person)))).toEqual(person);
  });

  it('make a new person without id, version or position, so the draft places them', () => {
    const person = MapPerson.parse(toPersonInput(filled()));
    const fresh = toNewPerson(person);
    expect(fresh).not.toHaveProperty('id');
    expect(fresh).not.toHaveProperty('version');
    expect(fresh.placement).toEqual({ ring: 'INNER', quality: 'SUPPORTIVE', qualityView: 'CHILD' });
  });
});

describe('changedFields', () => {
  const person = MapPerson.parse(toPersonInput(filled()));

  it('takes only the fields the user touched', () => {
    expect(changedFields(person, { notes: true, placement: { ring: true } })).toEqual({
      notes: null,
      placement: { ring: 'INNER' },
    });
    expect(changedFields(person, {})).toEqual({});
  });

  it('takes the whole agreement list when one of them changed', () => {
    expect(changedFields(person, { agreements: [{ what: true }] })).toEqual({ agreements: person.agreements });
  });

  it('clears the reason with the risk flag', () => {
    expect(changedFields({ ...person, doNotContact: false }, { doNotContact: true })).toEqual({
      doNotContact: false,
      doNotContactReason: null,
    });
  });
});
