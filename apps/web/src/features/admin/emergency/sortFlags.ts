import type { EmergencyAccessFlag } from '@inddrag/contracts';

/** Unreviewed first; within each group the newest access first (as the API sends them). */
export function sortFlags(flags: readonly EmergencyAccessFlag[]): EmergencyAccessFlag[] {
  return [...flags].sort((a, b) => {
    const reviewed = Number(a.reviewedAt !== null) - Number(b.reviewedAt !== null);
    if (reviewed !== 0) return reviewed;
    return b.grantedAt.localeCompare(a.grantedAt);
  });
}

export function countUnreviewed(flags: readonly EmergencyAccessFlag[]): number {
  return flags.filter((flag) => flag.reviewedAt === null).length;
}
