/** A field-level problem in the input, as shown to the user next to the field. */
export interface FieldError {
  field: string;
  message: string;
}

export type ErrorCode =
  | 'bad_request'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'unavailable';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

const TITLE: Record<ErrorCode, string> = {
  bad_request: 'Bad request',
  validation: 'Invalid input',
  unauthenticated: 'Login required',
  forbidden: 'Not allowed',
  csrf: 'Missing or invalid CSRF token',
  not_found: 'Not found',
  conflict: 'Conflict',
  rate_limited: 'Too many requests',
  unavailable: 'Service unavailable',
};

/**
 * The one error type of the platform. Services throw it; one place on the server turns it into
 * an RFC 9457 problem+json response.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** Machine-readable reasons of a refusal (an RFC 9457 extension member), for clients to word in their language. */
  readonly reasons: string[] | undefined;

  constructor(
    code: ErrorCode,
    detail: string,
    options: { errors?: FieldError[]; retryAfterSeconds?: number; reasons?: string[] } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.code = code;
    this.status = STATUS[code];
    this.title = TITLE[code];
    this.errors = options.errors;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.reasons = options.reasons;
  }
}
