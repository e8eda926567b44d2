import { z } from 'zod';

export const HealthResponse = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({
      reachable: z.boolean(),
      embedded: z.boolean(),
    }),
    migrations: z.object({
      current: z.boolean(),
      pending: z.array(z.string()),
    }),
    version: z.string(),
  })
  .meta({ id: 'HealthResponse' });
export type HealthResponse = z.infer<typeof HealthResponse>;
