import autocannon from 'autocannon';
import { loginCookie, percentile } from '/work/main/bench/lib';
const base = 'http://127.0.0.1:3999';
const cookie = await loginCookie(base, process.argv[3] ?? 'leder@demo.inddrag.dk');
const lat: number[] = [];
const r = await new Promise<autocannon.Result>((res, rej) => { const i = autocannon({ url: base + process.argv[2], headers: { cookie }, connections: 20, duration: 8 }, (e, x) => e ? rej(e) : res(x)); i.on('response', (_c, _s, _b, t) => lat.push(t)); });
lat.sort((a, b) => a - b);
console.log(`${(r.requests.total / 8).toFixed(0)} req/s p50 ${percentile(lat, 50)} p95 ${percentile(lat, 95)}`);
