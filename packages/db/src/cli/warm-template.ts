// Run by `pnpm install` (postinstall): initialises an empty PGlite cluster once and caches it, so
// the first `pnpm start` and every PGlite test database skip initdb.
import { emptyClusterTemplate } from '../pglite-template';

const started = performance.now();
await emptyClusterTemplate();
console.log(`PGlite template ready (${Math.round(performance.now() - started)} ms)`);
