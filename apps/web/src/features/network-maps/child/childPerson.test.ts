import type { MapPerson } from '@inddrag/contracts';
import { MapPerson as MapPersonSchema } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { draftActions, draftReducer, initialDraft } from '../editor/draft';
import { childDrawingPerson, childNewPerson } from './childPerson';

describe('childNewPerson', () => {
  it('makes a valid map person from the four answers, seen from the map’s perspective', () => {
    const person = childNewPerson(
      { name: ' Mormor ', relation: 'min mormor', sector: 'FAMILY', ring: 'INNER', quality: 'SUPPORTIVE' },
      'CHILD',
    );
    expect(person).toMatchObject({
      name: 'Mormor',
      relation: 'min mormor',
      sector: 'FAMILY',
      isProfessional: false,
      doNotContact: false,
      notes: null,
      agreements: [],
      placement: { ring: 'INNER', quality: 'SUPPORTIVE', qualityView: 'CHILD' },
    });
    const parsed = MapPersonSchema.safeParse({ ...person, id: '10000000-0000-4000-8000-000000000001', version: 0 });
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it('counts a person among the adults who help as a professional', () => {
    const person = childNewPerson(
      { name: 'Jens', relation: 'min pædagog', sector: 'PROFESSIONAL', ring: 'MIDDLE', quality: 'MIXED' },
      'PARENT',
    );
    expect(person.isProfessional).toBe(true);
    expect(person.placement.qualityView).toBe('PARENT');
  });

  it('keeps the existing persons’ fields untouched when added to a draft', () => {
    const existing: MapPerson = {
      ...childNewPerson({ name: 'Mor', relation: 'mor', sector: 'FAMILY', ring: 'INNER', quality: 'MIXED' }, 'CHILD'),
      notes: 'Fortroligt',
      phone: '12345678',
      id: '10000000-0000-4000-8000-000000000002',
      version: 3,
      placement: { ring: 'INNER', position: 0.2, quality: 'MIXED', qualityView: 'CHILD' },
    };
    const detail = {
      persons: [{ ...existing, consents: [], contact: { allowed: true, blocks: [] } }],
      ties: [],
    } as unknown as Parameters<typeof initialDraft>[0];
    const added = childNewPerson(
      { name: 'Ali', relation: 'ven', sector: 'FRIENDS_LEISURE', ring: 'OUTER', quality: 'SUPPORTIVE' },
      'CHILD',
    );
    const state = draftReducer(
      initialDraft(detail),
      draftActions.addPerson(added, '10000000-0000-4000-8000-000000000003'),
    );
    expect(state.draft.persons[0]).toEqual(existing);
    expect(state.draft.persons[0]).not.toHaveProperty('consents');
    expect(state.draft.persons[1]).toMatchObject({ name: 'Ali', version: 0 });
  });
});

describe('childDrawingPerson', () => {
  it('leaves the risk and contact markers out of the child’s drawing', () => {
    const person: MapPerson = {
      ...childNewPerson(
        { name: 'Far', relation: 'far', sector: 'FAMILY', ring: 'OUTER', quality: 'STRESSFUL' },
        'CHILD',
      ),
      doNotContact: true,
      doNotContactReason: 'Risiko',
      id: '10000000-0000-4000-8000-000000000004',
      version: 1,
      placement: { ring: 'OUTER', position: 0.5, quality: 'STRESSFUL', qualityView: 'CHILD' },
    };
    const drawn = childDrawingPerson(person);
    expect(drawn).not.toHaveProperty('doNotContact');
    expect(drawn).not.toHaveProperty('contactBlocked');
    expect(drawn.name).toBe('Far');
  });
});
