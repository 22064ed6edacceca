export type MediaProblemKind = 'blocked' | 'not-found' | 'in-use' | 'unsupported' | 'other';

export interface MediaProblem {
  kind: MediaProblemKind;
  title: string;
  message: string;
  /** Steps to fix it, in order. */
  steps: string[];
}

/** A DOMException's (or Error's) name: which getUserMedia failure it is. */
export function errorName(error: unknown): string {
  if (error instanceof DOMException || error instanceof Error) return error.name;
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** What went wrong with getUserMedia, in words a candidate can act on. */
export function describeMediaError(error: unknown): MediaProblem {
  switch (errorName(error)) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return {
        kind: 'blocked',
        title: 'Camera and microphone are blocked',
        message: 'This site is not allowed to use your camera or microphone.',
        steps: [
          'Click the camera or lock icon at the left of the address bar (in Safari: Safari › Settings for This Website).',
          'Set Camera and Microphone to Allow for this site, then press Try again (or reload the page).',
          'Still blocked? Your computer may block the browser: on macOS see System Settings › Privacy & Security › Camera and Microphone; on Windows, Settings › Privacy › Camera.',
        ],
      };
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return {
        kind: 'not-found',
        title: 'No camera or microphone found',
        message: 'Your browser found no device it can use.',
        steps: [
          'Plug in a camera or headset, or turn on the built-in one, then press Try again.',
          'No camera? Choose Audio only. No microphone either? Choose Typed only.',
        ],
      };
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return {
        kind: 'in-use',
        title: 'Your camera or microphone is in use',
        message: 'Another app or browser tab is using the device, or the system could not start it.',
        steps: [
          'Close other apps that use the camera (video calls, other tabs), then press Try again.',
          'Or pick another device below.',
        ],
      };
    case 'NoMediaDevices':
      return {
        kind: 'unsupported',
        title: 'This browser cannot use a camera here',
        message: 'Camera and microphone need a secure page (https) and a recent browser.',
        steps: ['Open Rehearse over https in a recent Chrome, Edge, Firefox or Safari, or choose Typed only.'],
      };
    default:
      return {
        kind: 'other',
        title: 'The camera or microphone could not start',
        message:
          error instanceof Error && error.message ? error.message : 'Something went wrong while starting your devices.',
        steps: ['Press Try again, pick another device, or choose Typed only.'],
      };
  }
}

/** The error used when navigator.mediaDevices is missing (insecure page, old browser). */
export function noMediaDevicesError(): Error {
  const error = new Error('navigator.mediaDevices is not available.');
  error.name = 'NoMediaDevices';
  return error;
}
