import autocannon from 'autocannon';
import { loginCookie, percentile, startApp } from './lib';
const url = 'postgresql://postgres@127.0.0.1:5432/inddrag_bench_dev';
const app = await startApp({ databaseUrl: url, logName: 'dev-load', env: process.env.NODE_OPTIONS_APP ? { NODE_OPTIONS: process.env.NODE_OPTIONS_APP } : {} });
const leader = await loginCookie(app.baseURL, 'leder@demo.inddrag.dk');
const cw = await loginCookie(app.baseURL, 'raadgiver@demo.inddrag.dk');
const paths = (process.argv[2] ?? '/api/health,/api/auth/me,/api/cases,/api/cases/mine').split(',');
for (const p of paths) {
  const cookie = p.includes('mine') ? cw : leader;
  for (const duration of [2, Number(process.env.DUR ?? 5)]) {
    const lat: number[] = [];
    const r = await new Promise<autocannon.Result>((res, rej) => { const i = autocannon({ url: app.baseURL + p, headers: { cookie }, connections: Number(process.env.CONN ?? 20), duration }, (e, x) => e ? rej(e) : res(x)); i.on('response', (_c, _s, _b, t) => lat.push(t)); });
    lat.sort((a, b) => a - b);
    if (duration !== 2) console.log(`${p}: ${(r.requests.total / duration).toFixed(0)} req/s p50 ${percentile(lat, 50)} p95 ${percentile(lat, 95)} p99 ${percentile(lat, 99)} non2xx ${r.non2xx}`);
  }
}
await app.stop();
