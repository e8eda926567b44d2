import { createPrismaClient, SERVER_SESSION_SETTINGS } from '@inddrag/db';
import { caseSummarySelect } from '../../apps/api/src/modules/cases/service';
import { deadlineFactsSelect } from '../../apps/api/src/modules/deadlines/case-deadlines';
import { nextMeetingsOf } from '../../apps/api/src/modules/meetings/next-meetings';

async function main() {
  for (const total of [1000, 10000]) {
    const url = `postgresql://postgres@127.0.0.1:5432/inddrag_probe_${total}`;
    const prisma = createPrismaClient(url, { poolSize: 4, sessionSettings: SERVER_SESSION_SETTINGS });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'raadgiver@demo.inddrag.dk' } });
    const membership = { userId: user.id, removedAt: null };
    const where = { AND: [{ municipalityId: user.municipalityId, team: { some: membership } }, { phase: { not: 'AFSLUTTET' as const } }] };
    const orderBy = [{ nextDeadlineOn: { sort: 'asc' as const, nulls: 'last' as const } }, { caseNumber: 'asc' as const }, { id: 'asc' as const }];
    const now = new Date();
    const A = async () => {
      const rows = await prisma.case.findMany({ where, orderBy, take: 26, select: { ...caseSummarySelect, ...deadlineFactsSelect } });
      const ids = rows.map((r) => r.id);
      await Promise.all([prisma.caseTeamMember.findMany({ where: { ...membership, caseId: { in: ids } }, select: { caseId: true, role: true } }), nextMeetingsOf(prisma, ids, now)]);
    };
    const B = () => prisma.case.findMany({ where, orderBy, take: 26, select: { ...caseSummarySelect, ...deadlineFactsSelect,
      team: { where: membership, select: { role: true }, take: 1 },
      meetings: { where: { status: { in: ['PLANNED', 'IN_PROGRESS'] }, startsAt: { gte: new Date(now.getTime() - 43_200_000) } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], take: 1, select: { id: true, type: true, startsAt: true } } } });
    for (const [name, fn] of [['A 3 queries', A], ['B laterals', B]] as const) {
      for (let i = 0; i < 40; i++) await fn();
      const t: number[] = [];
      for (let i = 0; i < 300; i++) { const t0 = performance.now(); await fn(); t.push(performance.now() - t0); }
      t.sort((a, b) => a - b);
      console.log(total, name, 'median', t[150]!.toFixed(2), 'p90', t[270]!.toFixed(2));
    }
    await prisma.$disconnect();
  }
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
