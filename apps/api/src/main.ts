import closeWithGrace from 'close-with-grace';
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, listMigrations, openDatabase, seedDemoData } from '@inddrag/db';
import { buildApp } from './app';
import { refreshAllNextDeadlines } from './modules/deadlines/case-deadlines';
import { ConfigError, loadConfig } from './config';

function loadConfigOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = loadConfigOrExit();
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  preparedStatements: config.preparedStatements,
  migrate: true,
});

let seededDemo = false;
if (config.demoSeed && (await isDatabaseEmpty(database.prisma))) {
  await seedDemoData(database.prisma);
  // The seed leaves each case's stored next deadline to the rules, which live here in the app.
  await refreshAllNextDeadlines(database.prisma);
  seededDemo = true;
}

const app = await buildApp({
  config,
  prisma: database.prisma,
  embeddedDatabase: database.embedded,
  expectedMigrations: (await listMigrations()).map((migration) => migration.name),
});

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down: draining requests');
  await app.close();
  await database.close();
});

await app.listen({ port: config.port, host: config.host });

const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
console.log(
  `\nInddrag kører på ${url}  (database: ${database.embedded ? `indlejret i ${config.dataDir}` : 'PostgreSQL'})`,
);
if (config.demoSeed) {
  if (seededDemo) console.log('Demodata er indlæst.');
  console.log(`Demo-logins (adgangskode ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(38)} ${user.role}`);
}
