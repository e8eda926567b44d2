/** Base class of every refusal or failure of the migrator; messages are one line. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

export class MigrationChecksumMismatchError extends MigrationError {
  override name = 'MigrationChecksumMismatchError';
  constructor(
    readonly migrationName: string,
    readonly file: string,
  ) {
    super(
      `Migration ${migrationName} was changed after it was applied: ${file} no longer matches the checksum ` +
        `recorded in _prisma_migrations. Restore the applied file and put the change in a new migration.`,
    );
  }
}

/** A `_prisma_migrations` row left unfinished by an earlier failed run (finished_at and rolled_back_at NULL). */
export class UnfinishedMigrationError extends MigrationError {
  override name = 'UnfinishedMigrationError';
  constructor(readonly migrationName: string) {
    super(
      `Migration ${migrationName} is recorded as started but never finished in _prisma_migrations. ` +
        `Repair the database by hand, then mark the row rolled back or finished.`,
    );
  }
}

export class MissingMigrationError extends MigrationError {
  override name = 'MissingMigrationError';
  constructor(
    readonly migrationName: string,
    readonly migrationsDir: string,
  ) {
    super(
      `Migration ${migrationName} is applied to the database but missing from ${migrationsDir}. ` +
        `This checkout is older than the database, or the folder was renamed or deleted.`,
    );
  }
}

export class MigrationFailedError extends MigrationError {
  override name = 'MigrationFailedError';
  constructor(
    readonly migrationName: string,
    override readonly cause: unknown,
  ) {
    super(`Migration ${migrationName} failed and was rolled back: ${describeError(cause)}`);
  }
}

/** One line for any thrown value, including pg errors and Node's empty-message AggregateError. */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && !error.message) {
    return error.errors.map(describeError).join('; ');
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const text = error.message || (typeof code === 'string' ? code : error.name);
    return text.replace(/\s*\n\s*/g, ' ');
  }
  return String(error);
}
