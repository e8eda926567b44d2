import { z } from 'zod';

/** The phases Barnets Lov prescribes, in order (domain.md §2.1). */
export const CasePhase = z
  .enum([
    'UNDERRETNING',
    'SCREENING',
    'AFDAEKNING',
    'BOERNEFAGLIG_UNDERSOEGELSE',
    'AFGOERELSE',
    'PLAN',
    'INDSATS',
    'OPFOELGNING',
    'AFSLUTTET',
  ])
  .meta({ id: 'CasePhase' });
export type CasePhase = z.infer<typeof CasePhase>;
