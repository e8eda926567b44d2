import {
  NETWORK_RINGS,
  type MapTie,
  type NetworkRing,
  type NetworkSector,
  type RelationQuality,
} from '@inddrag/contracts';
import type { DrawingPerson } from './NetworkMapDrawing';

/*
 * Made-up persons for benchmarks and visual checks of the drawing: deterministic for a seed, so two
 * runs draw the same map. Not real data, and never shipped to a page.
 */

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same numbers. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** A UUID-shaped id, the same for the same index and seed. */
function syntheticId(kind: number, seed: number, index: number): string {
  const hex = (value: number, width: number) => value.toString(16).padStart(width, '0').slice(-width);
  return `${hex(seed, 8)}-0000-4000-8${hex(kind, 3)}-${hex(index, 12)}`;
}

const FIRST_NAMES = [
  'Anne',
  'Birgit',
  'Camilla',
  'Dorthe',
  'Emma',
  'Freja',
  'Grete',
  'Hanne',
  'Ida',
  'Jette',
  'Karen',
  'Lone',
  'Mette',
  'Nanna',
  'Oline',
  'Pia',
  'Rikke',
  'Sofie',
  'Tove',
  'Ulla',
  'Anders',
  'Bo',
  'Christian',
  'Frederik',
  'Henrik',
  'Jens',
  'Kasper',
  'Lars',
  'Mads',
  'Niels',
  'Ole',
  'Peter',
  'Rasmus',
  'Søren',
  'Thomas',
  'Viggo',
];
const LAST_NAMES = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller-Kristiansen',
  'Østergaard Frederiksen',
];
const RELATIONS: Record<NetworkSector, readonly string[]> = {
  FAMILY: [
    'Mor',
    'Far',
    'Mormor',
    'Morfar',
    'Farmor',
    'Farfar',
    'Moster',
    'Onkel',
    'Storesøster',
    'Lillebror',
    'Kusine',
  ],
  FRIENDS_LEISURE: ['Bedste ven', 'Nabo', 'Fodboldtræner', 'Spejderleder', 'Veninde', 'Mors veninde', 'Klubpædagog'],
  SCHOOL_WORK: ['Klasselærer', 'Pædagog i SFO', 'Skoleleder', 'Klassekammerat', 'AKT-lærer', 'Dagplejer'],
  PROFESSIONAL: ['Sagsbehandler', 'Sundhedsplejerske', 'Psykolog', 'Familiebehandler', 'Læge', 'PPR-psykolog'],
};
// Persons are not spread evenly in real maps: family and school fill most.
const SECTOR_WEIGHTS: readonly [NetworkSector, number][] = [
  ['FAMILY', 0.35],
  ['FRIENDS_LEISURE', 0.2],
  ['SCHOOL_WORK', 0.25],
  ['PROFESSIONAL', 0.2],
];
const QUALITIES: readonly RelationQuality[] = [
  'SUPPORTIVE',
  'SUPPORTIVE',
  'SUPPORTIVE',
  'TENUOUS',
  'STRESSFUL',
  'MIXED',
];

function pickSector(next: () => number): NetworkSector {
  let r = next();
  for (const [sector, weight] of SECTOR_WEIGHTS) {
    if (r < weight) return sector;
    r -= weight;
  }
  return 'PROFESSIONAL';
}

/** n made-up persons spread over the map, the same for the same seed. */
export function syntheticPersons(n: number, seed = 1): DrawingPerson[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const sector = pickSector(next);
    const isProfessional = sector === 'PROFESSIONAL' || (sector === 'SCHOOL_WORK' && next() < 0.6);
    const ring: NetworkRing = pick(next, NETWORK_RINGS);
    // Some share the default position, as persons added in the table do.
    const position = next() < 0.25 ? 0.5 : Math.round(next() * 100) / 100;
    const flag = next();
    return {
      id: syntheticId(1, seed, i),
      name: `${pick(next, FIRST_NAMES)} ${pick(next, LAST_NAMES)}`,
      relation: pick(next, RELATIONS[sector]),
      sector,
      isProfessional,
      placement: { ring, position, quality: pick(next, QUALITIES), qualityView: 'CHILD' },
      doNotContact: flag < 0.03,
      contactBlocked: flag < 0.12,
    };
  });
}

/** Lines between some of the persons, the same for the same seed. */
export function syntheticTies(persons: readonly DrawingPerson[], count: number, seed = 1): MapTie[] {
  const next = random(seed + 7919);
  const ties: MapTie[] = [];
  if (persons.length < 2) return ties;
  for (let i = 0; i < count; i++) {
    const from = Math.floor(next() * persons.length);
    let to = Math.floor(next() * (persons.length - 1));
    if (to >= from) to++;
    ties.push({
      id: syntheticId(2, seed, i),
      fromId: (persons[from] as DrawingPerson).id,
      toId: (persons[to] as DrawingPerson).id,
      quality: pick(next, QUALITIES),
    });
  }
  return ties;
}
