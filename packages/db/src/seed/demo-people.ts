/** Fictional people for the demo municipality. Any likeness to real persons is accidental. */

export const DEMO_PASSWORD = 'demo1234';
export const DEMO_MUNICIPALITY = { code: '0999', name: 'Demo Kommune' } as const;

export const DEMO_UNITS = [
  { key: 'myndighed', name: 'Myndighedscentret', kind: 'MYNDIGHED' },
  { key: 'familiecenter', name: 'FamilieCentret', kind: 'FAMILIECENTER' },
  { key: 'ungecenter', name: 'UngeCentret', kind: 'UNGECENTER' },
  { key: 'ppr', name: 'PPR', kind: 'PPR' },
] as const;

export type DemoUnitKey = (typeof DEMO_UNITS)[number]['key'];

export const DEMO_USERS = [
  { email: 'admin@demo.inddrag.dk', name: 'Mette Holm', role: 'ADMIN', unit: null },
  { email: 'leder@demo.inddrag.dk', name: 'Jens Kragh', role: 'LEADER', unit: 'myndighed' },
  { email: 'raadgiver@demo.inddrag.dk', name: 'Sofie Lund', role: 'CASEWORKER', unit: 'myndighed' },
  { email: 'leder.familiecenter@demo.inddrag.dk', name: 'Hanne Bech', role: 'LEADER', unit: 'familiecenter' },
  { email: 'familiecenter@demo.inddrag.dk', name: 'Ali Demir', role: 'EXECUTOR', unit: 'familiecenter' },
  { email: 'leder.ungecenter@demo.inddrag.dk', name: 'Peter Dahl', role: 'LEADER', unit: 'ungecenter' },
  { email: 'ungecenter@demo.inddrag.dk', name: 'Camilla Friis', role: 'EXECUTOR', unit: 'ungecenter' },
  { email: 'ppr@demo.inddrag.dk', name: 'Lars Winther', role: 'PPR', unit: 'ppr' },
  { email: 'facilitator@demo.inddrag.dk', name: 'Birgitte Storm', role: 'FACILITATOR', unit: 'familiecenter' },
  { email: 'samordner@demo.inddrag.dk', name: 'Karen Mølgaard', role: 'COORDINATOR', unit: null },
] as const satisfies readonly { email: string; name: string; role: string; unit: DemoUnitKey | null }[];

export const GIRL_NAMES = [
  'Emma',
  'Ida',
  'Freja',
  'Alma',
  'Clara',
  'Ella',
  'Karla',
  'Agnes',
  'Sofia',
  'Nora',
  'Asta',
  'Olivia',
  'Lærke',
  'Maja',
  'Josefine',
  'Liva',
  'Aya',
  'Mathilde',
] as const;

export const BOY_NAMES = [
  'William',
  'Noah',
  'Oscar',
  'Lucas',
  'Carl',
  'Victor',
  'Malthe',
  'Emil',
  'Aksel',
  'Alfred',
  'Magnus',
  'Frederik',
  'Elias',
  'Anton',
  'Mikkel',
  'Yusuf',
  'Sebastian',
  'Villads',
] as const;

export const LAST_NAMES = [
  'Nielsen',
  'Jensen',
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
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Østergaard',
  'Kaya',
  'Hussein',
  'Ahmadi',
  'Frandsen',
] as const;
