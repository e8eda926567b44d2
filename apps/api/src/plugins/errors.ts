import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ProblemType, type FieldError, type Problem } from '@inddrag/contracts';
import { AppError } from '../lib/errors';

export function sendProblem(reply: FastifyReply, problem: Omit<Problem, 'requestId'> & Record<string, unknown>) {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({ ...problem, instance: problem.instance ?? reply.request.url.split('?')[0], requestId: reply.request.id });
}

function validationErrors(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  const where = error.validationContext ?? 'body';
  return error.validation.map((issue) => {
    const segments = issue.instancePath.split('/').filter(Boolean);
    return { path: [where, ...segments].join('.'), message: issue.message ?? 'Ugyldig værdi' };
  });
}

/** One error shape for every failure (RFC 9457); 5xx details never reach the client. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, {
        type: error.type,
        title: error.title,
        status: error.status,
        ...(error.detail ? { detail: error.detail } : {}),
        ...(error.errors ? { errors: error.errors } : {}),
        ...error.extensions,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(reply, {
        type: ProblemType.validation,
        title: 'Ugyldige oplysninger',
        status: 400,
        detail: 'Et eller flere felter er ikke udfyldt korrekt.',
        errors: validationErrors(error),
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its contract');
    } else if (error.statusCode && error.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large, rate limits.
      const status = error.statusCode;
      return sendProblem(reply, {
        type: status === 429 ? ProblemType.rateLimited : ProblemType.validation,
        title: status === 429 ? 'For mange forespørgsler' : 'Ugyldig forespørgsel',
        status,
        detail: status === 429 ? 'Vent lidt, og prøv igen.' : clientErrorDetail(error, request),
        ...(error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? { errors: [{ path: 'body', message: 'Indholdet er ikke gyldig JSON' }] }
          : {}),
        ...(error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? { errors: [{ path: 'body', message: clientErrorDetail(error, request) }] }
          : {}),
      });
    } else {
      request.log.error({ err: error }, 'unhandled error');
    }
    return sendProblem(reply, {
      type: ProblemType.internal,
      title: 'Der opstod en fejl',
      status: 500,
      detail: 'Der opstod en uventet fejl. Prøv igen; fortsætter fejlen, så kontakt support og oplys fejl-id.',
    });
  });
});

function clientErrorDetail(error: FastifyError, request: FastifyRequest): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'Indholdet kunne ikke læses som JSON.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Indholdstypen understøttes ikke.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      // The route's own limit, e.g. 20 MB for a document upload.
      return `Indholdet er for stort. Det må højst fylde ${formatMegabytes(request.routeOptions.bodyLimit)}.`;
    default:
      return 'Forespørgslen kunne ikke behandles.';
  }
}

/** 20971520 → "20 MB", 1048576 → "1 MB" (binary megabytes, as the limits are set). */
function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_048_576;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} MB`;
}
