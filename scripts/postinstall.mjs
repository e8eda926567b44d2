// `pnpm install` runs this: generate the Prisma client, then cache an empty PGlite cluster.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

let status = run(process.execPath, [path.join(root, 'scripts', 'prisma-generate.mjs')]);
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
if (status === 0 && existsSync(tsx)) status = run(tsx, [path.join(root, 'packages', 'db', 'src', 'cli', 'warm-template.ts')]);
process.exit(status);
