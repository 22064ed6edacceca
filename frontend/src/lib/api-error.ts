/** An error answered by the API (`{"error": {"code", "message", "details"}}`) or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor({
    status,
    code,
    message,
    details = null,
  }: {
    status: number;
    code: string;
    message: string;
    details?: unknown;
  }) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

interface ErrorEnvelope {
  error: { code: string; message: string; details?: unknown };
}

function isErrorEnvelope(body: unknown): body is ErrorEnvelope {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: 'Please sign in to continue.',
  403: 'You do not have permission to do that.',
  404: 'Not found.',
  413: 'The file is too large.',
  429: 'Too many attempts. Please wait a moment and try again.',
};

/** Turn an openapi-fetch `error` + `response` (or an XHR's status and body) into an ApiError. */
export function toApiError(body: unknown, response: Pick<Response, 'status'>): ApiError {
  if (isErrorEnvelope(body)) {
    return new ApiError({ status: response.status, ...body.error });
  }
  const message =
    FALLBACK_MESSAGES[response.status] ??
    (response.status >= 500
      ? 'The server ran into a problem. Please try again.'
      : `Request failed (${response.status}).`);
  return new ApiError({ status: response.status, code: 'unknown_error', message, details: body });
}

/** A message to show a person for anything thrown by a fetcher. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'Could not reach the server. Check your connection and try again.';
  return 'Something went wrong. Please try again.';
}
