import { CasePhase } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { resources } from './resources';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('English has exactly the Danish keys', () => {
    expect(keys(resources.en).sort()).toEqual(keys(resources.da).sort());
  });

  it('every case phase has a Danish label', () => {
    for (const phase of CasePhase.options) expect(resources.da.cases.phase[phase]).toBeTruthy();
  });

  it('uses the phase names caseworkers use', () => {
    expect(Object.values(resources.da.cases.phase)).toEqual([
      'Underretning',
      'Screening',
      'Afdækning',
      'Børnefaglig undersøgelse',
      'Afgørelse',
      'Plan',
      'Indsats',
      'Opfølgning',
      'Afsluttet',
    ]);
  });
});
