import { defineConfig } from 'prisma/config';

// The Prisma CLI reads this; the app itself connects through packages/db.
// `prisma migrate status/deploy` need DATABASE_URL; `prisma generate` does not.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/inddrag' },
});
