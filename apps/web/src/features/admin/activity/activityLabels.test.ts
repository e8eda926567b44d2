import { describe, expect, it } from 'vitest';
import daAdmin from '../../../i18n/da/admin';
import { KNOWN_ENTITY_TYPES, knownEntityType } from './activityLabels';

describe('entity types in the activity', () => {
  it('names the known ones', () => {
    expect(knownEntityType('Case')).toBe('Case');
    expect(knownEntityType('UserActivity')).toBe('UserActivity');
  });

  it('leaves an unknown one to be shown as it is', () => {
    expect(knownEntityType('NetworkMap')).toBeNull();
    expect(knownEntityType('toString')).toBeNull();
  });

  it('has a Danish word for every known type', () => {
    for (const type of KNOWN_ENTITY_TYPES) expect(daAdmin.activity.entity[type]).toBeTruthy();
  });
});
