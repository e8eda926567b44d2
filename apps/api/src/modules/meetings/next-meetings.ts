import type { NextMeeting } from '@inddrag/contracts';
import type { PrismaClient } from '@inddrag/db';

/** A meeting still counts as next until 12 hours after it began (it may be running). */
const RUNNING_WINDOW_MS = 12 * 3_600_000;

/** Each case's next planned meeting, for lists ("Mine sager"); one query for the whole page. */
export async function nextMeetingsOf(prisma: PrismaClient, caseIds: readonly string[], now: Date): Promise<Map<string, NextMeeting>> {
  if (caseIds.length === 0) return new Map();
  const rows = await prisma.meeting.findMany({
    where: {
      caseId: { in: [...caseIds] },
      status: { in: ['PLANNED', 'IN_PROGRESS'] },
      startsAt: { gte: new Date(now.getTime() - RUNNING_WINDOW_MS) },
    },
    select: { id: true, caseId: true, type: true, startsAt: true },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  });
  const next = new Map<string, NextMeeting>();
  for (const row of rows) {
    if (!next.has(row.caseId)) next.set(row.caseId, { id: row.id, type: row.type, startsAt: row.startsAt.toISOString() });
  }
  return next;
}
