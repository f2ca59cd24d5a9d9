import { AppError, type FieldError } from '@avain/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  reasons?: string[];
}

const PROBLEM_TYPE_BASE = 'https://avain.fi/problems/';

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const body: Problem = {
    type: `${PROBLEM_TYPE_BASE}${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    instance: request.url.split('?')[0],
    ...(error.errors ? { errors: error.errors } : {}),
    ...(error.reasons ? { reasons: error.reasons } : {}),
  };
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.status(error.status).type('application/problem+json; charset=utf-8').serializer(JSON.stringify).send(body);
}

const location = (context: string | undefined) => (context === 'querystring' ? 'query' : context ?? 'body');

/** Names each invalid field: "body.username", "query.limit". */
function fieldErrorsOf(error: FastifyError): FieldError[] {
  const context = location(error.validationContext);
  return (error.validation ?? []).map((v) => {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const missing = (v.params as { missingProperty?: string } | undefined)?.missingProperty;
    const field = [context, path || missing].filter(Boolean).join('.');
    return { field, message: v.message ?? 'is invalid' };
  });
}

/** The one place where errors become RFC 9457 problem+json responses. */
export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error);
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const errors = fieldErrorsOf(error);
      const summary = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      return sendProblem(request, reply, new AppError('validation', `Invalid input — ${summary}`, { errors }));
    }
    if (error.statusCode === 415) return sendProblem(request, reply, new AppError('bad_request', error.message));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const code = error.statusCode === 404 ? 'not_found' : error.statusCode === 429 ? 'rate_limited' : 'bad_request';
      return sendProblem(request, reply, new AppError(code, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    const status = 500;
    return reply.status(status).type('application/problem+json; charset=utf-8').serializer(JSON.stringify).send({
      type: `${PROBLEM_TYPE_BASE}internal`,
      title: 'Internal error',
      status,
      detail: `Something went wrong on our side. Quote request id ${request.id} when reporting it.`,
      instance: request.url.split('?')[0],
    });
  });
}

export const notFound = (request: FastifyRequest) =>
  new AppError('not_found', `No resource at ${request.method} ${request.url.split('?')[0]}.`);
