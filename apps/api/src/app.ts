import { createConsentService, type ConsentService } from './modules/network-maps/consent-service';
import { networkMapRoutes } from './modules/network-maps/routes';
import { concernRoutes } from './modules/concerns/routes';
import { createConcernService, type ConcernService } from './modules/concerns/service';
import { scalingRoutes } from './modules/scaling/routes';
import { createScalingService, type ScalingService } from './modules/scaling/service';
import { actionPlanRoutes } from './modules/action-plans/routes';
import { createActionPlanService, type ActionPlanService } from './modules/action-plans/service';
import { meetingRoutes } from './modules/meetings/routes';
import { createMeetingService, type MeetingService } from './modules/meetings/service';
import { safetyPlanRoutes } from './modules/safety-plans/routes';
import { createSafetyPlanService, type SafetyPlanService } from './modules/safety-plans/service';
import { createNetworkMapService, type NetworkMapService } from './modules/network-maps/service';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ProblemType } from '@inddrag/contracts';
import type { PrismaClient } from '@inddrag/db';
import type { AppConfig } from './config';
import rateLimit from '@fastify/rate-limit';
import { createAccessService, type AccessService } from './access/access-service';
import { auditRoutes } from './modules/audit/routes';
import { createAuditQueries, type AuditQueries } from './modules/audit/queries';
import { authRoutes } from './modules/auth/routes';
import { createAuthService, type AuthService } from './modules/auth/service';
import { caseRoutes } from './modules/cases/routes';
import { createCaseService, type CaseService } from './modules/cases/service';
import { createCaseSearch, type CaseSearch } from './modules/cases/case-search';
import { createTeamService, type TeamService } from './modules/cases/team-service';
import { caseRegisterRoutes } from './modules/cases/register-routes';
import { createRegisterService, type RegisterService } from './modules/cases/register-service';
import { createCaseFactsService, type CaseFactsService } from './modules/cases/case-facts-service';
import { timelineRoutes } from './modules/timeline/routes';
import { createTimelineService, type TimelineService } from './modules/timeline/service';
import { emergencyAccessRoutes } from './modules/emergency-access/routes';
import { referralRoutes } from './modules/referrals/routes';
import { createReferralService, type ReferralService } from './modules/referrals/service';
import { alertRoutes } from './modules/alerts/routes';
import { createAlertService, type AlertService } from './modules/alerts/service';
import { municipalityRoutes } from './modules/municipality/routes';
import { createMunicipalityService, type MunicipalityService } from './modules/municipality/service';
import { noteRoutes } from './modules/notes/routes';
import { createNoteService, type NoteService } from './modules/notes/service';
import { documentRoutes } from './modules/documents/routes';
import { createDocumentService, type DocumentService } from './modules/documents/service';
import { createEmergencyAccessService, type EmergencyAccessService } from './modules/emergency-access/service';
import { createHealthService } from './modules/health/service';
import { healthRoutes } from './modules/health/routes';
import { userRoutes } from './modules/users/routes';
import { createUserService, type UserService } from './modules/users/service';
import { authPlugin, type AuthPluginOptions } from './plugins/auth';
import { errorsPlugin, sendProblem } from './plugins/errors';
import { openApiPlugin } from './plugins/openapi';
import { securityHeadersPlugin } from './plugins/security-headers';
import { webPlugin } from './plugins/web';
import { APP_VERSION } from './version';

// Validation messages reach caseworkers next to the field, so they are Danish.
z.config(z.locales.da());

export interface Services {
  access: AccessService;
  auth: AuthService;
  auditQueries: AuditQueries;
  cases: CaseService;
  caseSearch: CaseSearch;
  team: TeamService;
  register: RegisterService;
  caseFacts: CaseFactsService;
  timeline: TimelineService;
  users: UserService;
  emergencyAccess: EmergencyAccessService;
  referrals: ReferralService;
  alerts: AlertService;
  municipality: MunicipalityService;
  notes: NoteService;
  documents: DocumentService;
  networkMaps: NetworkMapService;
  consents: ConsentService;
  concerns: ConcernService;
  scaling: ScalingService;
  safetyPlans: SafetyPlanService;
  meetings: MeetingService;
  actionPlans: ActionPlanService;
  health: ReturnType<typeof createHealthService>;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
    serveSpa?: boolean;
  }
}

export interface AppDeps {
  config: AppConfig;
  prisma: PrismaClient;
  embeddedDatabase: boolean;
  expectedMigrations: string[];
  /** Injectable for tests of time-dependent rules. */
  clock?: () => Date;
  /** false silences logs (tests); default: pino at config.logLevel. */
  logger?: boolean;
}

const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const clock = deps.clock ?? (() => new Date());
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
          },
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const access = createAccessService(deps.prisma);
  app.decorate('services', {
    access,
    auth: createAuthService(deps.prisma, {
      idleTimeoutMs: config.session.idleTimeoutMs,
      absoluteLifetimeMs: config.session.absoluteLifetimeMs,
      secret: config.sessionSecret,
    }),
    auditQueries: createAuditQueries(deps.prisma),
    cases: createCaseService(deps.prisma, access),
    caseSearch: createCaseSearch(deps.prisma),
    team: createTeamService(deps.prisma),
    register: createRegisterService(deps.prisma),
    caseFacts: createCaseFactsService(deps.prisma),
    timeline: createTimelineService(deps.prisma),
    users: createUserService(deps.prisma),
    emergencyAccess: createEmergencyAccessService(deps.prisma, config.emergencyAccessMs),
    referrals: createReferralService(deps.prisma),
    alerts: createAlertService(deps.prisma),
    municipality: createMunicipalityService(deps.prisma),
    notes: createNoteService(deps.prisma, access),
    documents: createDocumentService(deps.prisma),
    networkMaps: createNetworkMapService(deps.prisma, access),
    consents: createConsentService(deps.prisma),
    concerns: createConcernService(deps.prisma, access),
    scaling: createScalingService(deps.prisma, access),
    safetyPlans: createSafetyPlanService(deps.prisma, access),
    meetings: createMeetingService(deps.prisma, access),
    actionPlans: createActionPlanService(deps.prisma, access),
    health: createHealthService(deps.prisma, {
      embedded: deps.embeddedDatabase,
      expectedMigrations: deps.expectedMigrations,
      version: APP_VERSION,
    }),
  });

  const cookieOptions: AuthPluginOptions = {
    cookieName: config.production ? '__Host-inddrag_session' : 'inddrag_session',
    secureCookie: config.session.secureCookie,
    absoluteLifetimeMs: config.session.absoluteLifetimeMs,
    clock,
  };

  await app.register(errorsPlugin);
  await app.register(securityHeadersPlugin, { production: config.production });
  await app.register(rateLimit, { global: false });
  await app.register(authPlugin, cookieOptions);
  await app.register(openApiPlugin, { version: APP_VERSION });

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(authRoutes, {
        cookie: cookieOptions,
        idleTimeoutMs: config.session.idleTimeoutMs,
        loginAttemptsPerIpPerMinute: config.loginAttemptsPerIpPerMinute,
      });
      await api.register(caseRoutes);
      await api.register(caseRegisterRoutes);
      await api.register(timelineRoutes);
      await api.register(userRoutes);
      await api.register(emergencyAccessRoutes);
      await api.register(referralRoutes);
      await api.register(alertRoutes);
      await api.register(municipalityRoutes);
      await api.register(noteRoutes);
      await api.register(documentRoutes);
      await api.register(networkMapRoutes);
      await api.register(concernRoutes);
      await api.register(scalingRoutes);
      await api.register(safetyPlanRoutes);
      await api.register(meetingRoutes);
      await api.register(actionPlanRoutes);
      await api.register(auditRoutes);
    },
    { prefix: '/api' },
  );

  await app.register(webPlugin, { root: config.webDist ?? defaultWebDist });
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isApi = pathname === '/api' || pathname.startsWith('/api/');
    if (!isApi && app.serveSpa && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendProblem(reply, {
      type: ProblemType.notFound,
      title: 'Ikke fundet',
      status: 404,
      detail: `Der findes ingen ${request.method} ${pathname}.`,
    });
  });

  return app;
}
