import { createPrismaClient } from './src/index';
import { appendAudit } from '../../apps/api/src/modules/audit/service';
const url = 'postgresql://postgres@127.0.0.1:5432/inddrag_bench_dev';
const prisma = createPrismaClient(url, { poolSize: 10 });
const user = await prisma.user.findUniqueOrThrow({ where: { email: 'leder@demo.inddrag.dk' } });
const ctx = { actor: { userId: user.id, name: '', email: '', role: user.role, unitId: user.unitId, unitKind: null, unitName: null, municipalityId: user.municipalityId, municipalityName: '' }, requestId: 'x', clientIp: '127.0.0.1', now: new Date() };
for (const conc of [1, 20]) {
  const times: number[] = []; const until = performance.now() + 4000; const t0 = performance.now();
  await Promise.all(Array.from({ length: conc }, async () => { while (performance.now() < until) { const t = performance.now(); await prisma.$transaction((tx) => appendAudit(tx, ctx as never, { action: 'SEARCH', entityType: 'Case', details: { a: 1 } })); times.push(performance.now() - t); } }));
  times.sort((a, b) => a - b);
  console.log(`conc ${conc}: ${(times.length / ((performance.now() - t0) / 1000)).toFixed(0)}/s p50 ${times[Math.floor(times.length / 2)]!.toFixed(1)} p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)}`);
}
await prisma.$disconnect();
