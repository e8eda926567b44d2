import { CreateUserRequest, type UserSummary } from '@inddrag/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import { toEditValues, unitOptions, withUnitIdFromSelect } from './userForm';

const unit = { id: '31ec5bdc-d9b8-45da-bccb-6fd74f221980', name: 'Myndighedscentret', kind: 'MYNDIGHED' as const };
const user: UserSummary = {
  id: '8e8bdaeb-6199-4e34-8422-003c17dddfa9',
  name: 'Sofie Lund',
  email: 'raadgiver@demo.inddrag.dk',
  role: 'CASEWORKER',
  unit,
  active: true,
  createdAt: '2026-11-24T05:54:19.477Z',
  version: 3,
};

const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('withUnitIdFromSelect', () => {
  const resolver = withUnitIdFromSelect(zodResolver(CreateUserRequest));
  const base = {
    name: 'Mette Holm',
    email: 'Mette@Example.dk',
    role: 'ADMIN' as const,
    password: 'en lang adgangskode',
  };

  it('sends "no unit" as null', async () => {
    const result = await resolver({ ...base, unitId: '' }, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ unitId: null, email: 'mette@example.dk' });
  });

  it('keeps a chosen unit', async () => {
    const result = await resolver({ ...base, unitId: unit.id }, undefined, options);
    expect(result.values).toMatchObject({ unitId: unit.id });
  });

  it("shows the contract's Danish messages", async () => {
    const result = await resolver({ ...base, name: ' ', password: 'kort', unitId: '' }, undefined, options);
    expect(result.errors.name?.message).toBe('Skriv navnet');
    expect(result.errors.password?.message).toBe('Adgangskoden skal være mindst 12 tegn');
  });
});

describe('edit values', () => {
  it('start from the user as shown, with the version to send back', () => {
    expect(toEditValues(user)).toEqual({ name: 'Sofie Lund', role: 'CASEWORKER', unitId: unit.id, version: 3 });
    expect(toEditValues({ ...user, unit: null }).unitId).toBe('');
  });
});

describe('unitOptions', () => {
  it('offers "no unit" first', () => {
    expect(unitOptions([unit], 'Ingen enhed')).toEqual([
      { value: '', label: 'Ingen enhed' },
      { value: unit.id, label: 'Myndighedscentret' },
    ]);
  });
});
