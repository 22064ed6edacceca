import { ApiError } from '@/lib/api-error';

/** An HTTP failure from a third-party upload endpoint (Cloudinary). */
export class CloudUploadError extends Error {
  readonly status: number;

  constructor(status: number, message = `The video host refused the upload (${status}).`) {
    super(message);
    this.name = 'CloudUploadError';
    this.status = status;
  }
}

/** Worth trying again later: the network, the server being down or busy, or an expired session. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof TypeError) return true; // fetch's network failure
  if (error instanceof CloudUploadError) return true; // A fresh signature is fetched on every try.
  if (error instanceof ApiError) return error.status >= 500 || [401, 408, 429].includes(error.status);
  return false;
}

export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError;
}

export function hasCode(error: unknown, code: string): error is ApiError {
  return error instanceof ApiError && error.code === code;
}

/** `details.missing` of a 409 `recording_incomplete`. */
export function missingSeqs(error: ApiError): number[] {
  const details = error.details as { missing?: unknown } | null;
  return Array.isArray(details?.missing) ? details.missing.filter((seq): seq is number => typeof seq === 'number') : [];
}
