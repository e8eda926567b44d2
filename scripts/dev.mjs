// `pnpm dev`: the API with reload on change, and Vite with hot module reload proxying /api to it.
import { spawn } from 'node:child_process';

const children = [
  spawn('pnpm', ['exec', 'tsx', 'watch', 'apps/api/src/main.ts'], { stdio: 'inherit', env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' } }),
  spawn('pnpm', ['--filter', '@inddrag/web', 'dev'], { stdio: 'inherit' }),
];

function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
