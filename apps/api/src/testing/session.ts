import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { CSRF_HEADER, DEMO_PASSWORD_FOR_TESTS } from './demo';

export interface TestSession {
  cookie: string;
  csrfToken: string;
  /** Headers for a request as this user; state-changing requests also need the CSRF header. */
  headers: Record<string, string>;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function loginAs(
  app: FastifyInstance,
  email: string,
  password = DEMO_PASSWORD_FOR_TESTS,
): Promise<TestSession> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login as ${email} failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const cookie = String(raw).split(';')[0] as string;
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  const headers = { cookie, [CSRF_HEADER]: csrfToken };
  return {
    cookie,
    csrfToken,
    headers,
    inject: (options) => app.inject({ ...options, headers: { ...headers, ...(options.headers ?? {}) } }),
  };
}
