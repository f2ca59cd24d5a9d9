/**
 * The one way the web app talks to the API: same-origin cookies, the CSRF token on every
 * state-changing request, and RFC 9457 problem+json errors turned into `ApiError`.
 */

import type { FieldError } from '@avain/domain';

interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  reasons?: string[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly errors: FieldError[];
  /** Machine-readable reasons of a refusal, when the server gives them. */
  readonly reasons: string[];
  /** Seconds from the `Retry-After` header (429 and 503 answers), when the server sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: ProblemDetails, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = problem.title ?? `HTTP ${status}`;
    this.detail = problem.detail;
    this.type = problem.type;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.reasons = Array.isArray(problem.reasons) ? problem.reasons : [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

interface SessionTokenResponse {
  csrfToken: string;
}

let csrfToken: string | undefined;

/** The session query stores the token it receives so mutations need no extra round trip. */
export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

async function currentCsrfToken(): Promise<string> {
  if (csrfToken === undefined) {
    const session = await request<SessionTokenResponse>('GET', '/api/session');
    csrfToken = session.csrfToken;
  }
  return csrfToken;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetails = {};
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      problem = (await response.json()) as ProblemDetails;
    } catch {
      // A body that is not valid JSON still leaves the status to go on.
    }
  }
  return new ApiError(response.status, problem, parseRetryAfter(response.headers.get('retry-after')));
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await currentCsrfToken();

  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const contentType = response.headers.get('content-type') ?? '';
  return (contentType.includes('json') ? await response.json() : undefined) as T;
}

function isCsrfRejection(error: unknown): boolean {
  if (!isApiError(error, 403)) return false;
  return /csrf/i.test(`${error.type ?? ''} ${error.title} ${error.detail ?? ''}`);
}

async function send<T>(method: Exclude<Method, 'GET'>, path: string, body?: unknown): Promise<T> {
  try {
    return await request<T>(method, path, body);
  } catch (error) {
    // The token rotates at login and logout (possibly in another tab): fetch it anew once.
    if (isCsrfRejection(error) && csrfToken !== undefined) {
      csrfToken = undefined;
      return request<T>(method, path, body);
    }
    throw error;
  }
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => send<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body),
  delete: <T>(path: string) => send<T>('DELETE', path),
};
