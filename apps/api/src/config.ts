import path from 'node:path';
import { z } from 'zod';

const booleanish = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' }).optional(),
    /** Prepared statements on a direct connection to PostgreSQL (ADR 009); not through a session-sharing pooler. */
    DATABASE_PREPARED_STATEMENTS: booleanish.default(false),
    DATA_DIR: z.string().min(1).default('./.data'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Seed the demo municipality when the database is empty (defaults to on for the embedded database). */
    DEMO_SEED: booleanish.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST: z.string().optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24)
      .default(12),
    EMERGENCY_ACCESS_HOURS: z.coerce.number().int().min(1).max(72).default(4),
    LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  })
  .transform((env, ctx) => {
    const production = env.NODE_ENV === 'production';
    if (production && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required when NODE_ENV=production' });
      return z.NEVER;
    }
    return {
      nodeEnv: env.NODE_ENV,
      production,
      port: env.PORT,
      host: env.HOST,
      databaseUrl: env.DATABASE_URL,
      preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
      dataDir: path.resolve(env.DATA_DIR),
      // A fixed development secret keeps sessions valid across restarts on a laptop; production must set its own.
      sessionSecret: env.SESSION_SECRET ?? 'inddrag-development-secret-not-for-production-use',
      demoSeed: env.DEMO_SEED ?? !env.DATABASE_URL,
      logLevel: env.LOG_LEVEL,
      webDist: env.WEB_DIST ? path.resolve(env.WEB_DIST) : undefined,
      session: {
        idleTimeoutMs: env.SESSION_IDLE_MINUTES * 60_000,
        absoluteLifetimeMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
        // The Secure flag everywhere but on a developer's http://localhost.
        secureCookie: env.NODE_ENV === 'production',
      },
      emergencyAccessMs: env.EMERGENCY_ACCESS_HOURS * 3_600_000,
      loginAttemptsPerIpPerMinute: env.LOGIN_ATTEMPTS_PER_IP_PER_MINUTE,
    };
  });

export type AppConfig = z.output<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError whose message is one line naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = issue?.path.join('.') || 'environment';
  throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}`);
}
