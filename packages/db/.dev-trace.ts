import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, listMigrations } from './src/index';
import { buildApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config';
const url = 'postgresql://postgres@127.0.0.1:5432/inddrag_bench_dev';
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log: [{ emit: 'event', level: 'query' }] });
let trace = false;
(prisma as any).$on('query', (e: any) => { if (trace) console.log(`${e.duration}ms  ${e.query.slice(0, 1500)}  ${e.params.slice(0,300)}`); });
const app = await buildApp({ config: loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'b'.repeat(32), DATABASE_URL: url, LOG_LEVEL: 'silent' }), prisma, embeddedDatabase: false, expectedMigrations: (await listMigrations()).map((m) => m.name), logger: false });
await app.ready();
async function login(email: string) {
  const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'demo1234' } });
  return String(r.headers['set-cookie']).split(';')[0]!;
}
const leader = await login('leder@demo.inddrag.dk');
const cw = await login('raadgiver@demo.inddrag.dk');
for (const [cookie, u] of [[leader, '/api/cases'], [leader, '/api/cases?q=B%C3%B8nnelykke'], [leader, '/api/cases?q=120315'], [leader, '/api/cases?overdue=true&sort=nextDeadline'], [cw, '/api/cases/mine']] as const) {
  for (let i = 0; i < 5; i++) await app.inject({ method: 'GET', url: u, headers: { cookie } });
  trace = true;
  console.log(`\n===== ${u}`);
  const t0 = performance.now();
  const r = await app.inject({ method: 'GET', url: u, headers: { cookie } });
  console.log(`----- ${r.statusCode} total ${(performance.now() - t0).toFixed(1)} ms, ${r.body.length} bytes`);
  trace = false;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) { const t = performance.now(); await app.inject({ method: 'GET', url: u, headers: { cookie } }); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(`serial median ${times[15]!.toFixed(1)} ms`);
}
await app.close();
await prisma.$disconnect();
