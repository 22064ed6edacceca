import { errorName } from './media-errors';

/** Why the screen is not being shared, in words a candidate can act on (sharing stays optional). */
export function describeScreenShareError(error: unknown): string {
  switch (errorName(error)) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return 'The screen was not shared: you cancelled, or the browser blocked it. Sharing is optional; press Share screen to try again.';
    case 'NotSupportedError':
    case 'NoDisplayMedia':
      return 'This browser cannot share your screen here. Sharing is optional: carry on without it.';
    case 'NotFoundError':
    case 'NotReadableError':
    case 'AbortError':
      return 'Your screen could not be captured (the system refused it). Sharing is optional; press Share screen to try again.';
    default:
      return 'Your screen could not be shared. Sharing is optional; press Share screen to try again.';
  }
}

/** The error used when getDisplayMedia is missing (insecure page, a phone, an old browser). */
export function noDisplayMediaError(): Error {
  const error = new Error('navigator.mediaDevices.getDisplayMedia is not available.');
  error.name = 'NoDisplayMedia';
  return error;
}
