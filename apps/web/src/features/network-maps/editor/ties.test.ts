import type { MapTie } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { otherEnd, tieCandidates, tiesOf } from './ties';

const MOR = '10000000-0000-4000-8000-000000000001';
const MORMOR = '10000000-0000-4000-8000-000000000002';
const LAERER = '10000000-0000-4000-8000-000000000003';
const ALI = '10000000-0000-4000-8000-000000000004';
const persons = [
  { id: MOR, name: 'Mor' },
  { id: MORMOR, name: 'Mormor' },
  { id: LAERER, name: 'Lærer Ida' },
  { id: ALI, name: 'Ali' },
];
const tie = (id: string, fromId: string, toId: string, quality: MapTie['quality'] = 'SUPPORTIVE'): MapTie => ({
  id: `20000000-0000-4000-8000-00000000000${id}`,
  fromId,
  toId,
  quality,
});

describe('otherEnd', () => {
  it('gives the person at the other end, whichever way the line was drawn', () => {
    expect(otherEnd(tie('1', MOR, MORMOR), MOR)).toBe(MORMOR);
    expect(otherEnd(tie('1', MOR, MORMOR), MORMOR)).toBe(MOR);
    expect(otherEnd(tie('1', MOR, MORMOR), ALI)).toBeNull();
  });
});

describe('tiesOf', () => {
  it("lists the person's lines in both directions, by the other person's name", () => {
    const ties = [tie('1', MOR, MORMOR, 'MIXED'), tie('2', ALI, MOR), tie('3', MORMOR, LAERER)];
    expect(tiesOf(MOR, ties, persons).map(({ other, tie: t }) => [other.name, t.quality])).toEqual([
      ['Ali', 'SUPPORTIVE'],
      ['Mormor', 'MIXED'],
    ]);
  });

  it('leaves out a line to someone who is not on the map', () => {
    const gone = '10000000-0000-4000-8000-0000000000ff';
    expect(tiesOf(MOR, [tie('1', MOR, gone)], persons)).toEqual([]);
  });

  it('is empty for a person without lines', () => {
    expect(tiesOf(LAERER, [tie('1', MOR, MORMOR)], persons)).toEqual([]);
  });
});

describe('tieCandidates', () => {
  it('offers everyone else, by name, and marks those the person already has a line to', () => {
    const ties = [tie('1', MORMOR, MOR), tie('2', LAERER, ALI)];
    expect(tieCandidates(MOR, ties, persons).map(({ person, linked }) => [person.name, linked])).toEqual([
      ['Ali', false],
      ['Lærer Ida', false],
      ['Mormor', true],
    ]);
  });

  it('offers nobody on a map with one person', () => {
    expect(tieCandidates(MOR, [], [persons[0]!])).toEqual([]);
  });
});
