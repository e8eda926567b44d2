import type { MapChange } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { comparisonHighlights, defaultPair } from './comparison';

const A = '10000000-0000-4000-8000-00000000000a';
const B = '10000000-0000-4000-8000-00000000000b';
const C = '10000000-0000-4000-8000-00000000000c';
const D = '10000000-0000-4000-8000-00000000000d';

function change(kind: MapChange['kind'], personId: string | null): MapChange {
  return { kind, personId, personName: null, itemId: null, field: null, from: null, to: null };
}

describe('comparisonHighlights', () => {
  it('marks the added on the right, the removed on the left, and the moved and changed on both', () => {
    const highlights = comparisonHighlights([
      change('PERSON_ADDED', A),
      change('PERSON_REMOVED', B),
      change('SECTOR_CHANGED', C),
      change('DETAILS_CHANGED', D),
    ]);
    expect(highlights.to).toEqual({ [A]: 'added', [C]: 'moved', [D]: 'changed' });
    expect(highlights.from).toEqual({ [B]: 'removed', [C]: 'moved', [D]: 'changed' });
  });

  it('lets a move outweigh other changes of the same person, whatever the order', () => {
    expect(comparisonHighlights([change('QUALITY_CHANGED', A), change('RING_CHANGED', A)]).to).toEqual({
      [A]: 'moved',
    });
    expect(comparisonHighlights([change('RING_CHANGED', A), change('AGREEMENT_ADDED', A)]).from).toEqual({
      [A]: 'moved',
    });
  });

  it('marks no one for a line between persons', () => {
    expect(comparisonHighlights([change('TIE_ADDED', null), change('TIE_REMOVED', null)])).toEqual({
      from: {},
      to: {},
    });
  });
});

describe('defaultPair', () => {
  it('compares the previous version with the latest', () => {
    expect(defaultPair([{ number: 5 }, { number: 4 }, { number: 3 }])).toEqual({ from: 4, to: 5 });
  });

  it('has nothing to compare with fewer than two versions', () => {
    expect(defaultPair([{ number: 1 }])).toBeNull();
    expect(defaultPair([])).toBeNull();
  });
});
