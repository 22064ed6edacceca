import { toApiError } from './api-error';
import { accessTokenAfter401, currentAccessToken, type RefreshSession } from './auth-middleware';
import type { TokenStore } from './token-store';

export interface UploadOptions {
  /** Called with the fraction of the request body sent so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

interface XhrResult {
  status: number;
  body: unknown;
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function send(
  url: string,
  body: FormData,
  token: string | null,
  { onProgress, signal }: UploadOptions,
): Promise<XhrResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => resolve({ status: xhr.status, body: parseBody(xhr.responseText) }));
    // Same error type as a failed fetch, so errorMessage() says the server could not be reached.
    xhr.addEventListener('error', () => reject(new TypeError('Network request failed')));
    xhr.addEventListener('abort', () => reject(new DOMException('The upload was cancelled.', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/**
 * POSTs multipart data with XMLHttpRequest, which (unlike fetch) reports upload progress.
 * Authenticates like the fetch client: Bearer header, one shared refresh and one retry on a 401.
 */
export function createXhrUploader({
  baseUrl,
  tokens,
  refreshSession,
}: {
  baseUrl: string;
  tokens: TokenStore;
  refreshSession: RefreshSession;
}) {
  return async function upload<T>(path: string, body: FormData, options: UploadOptions = {}): Promise<T> {
    const url = new URL(path, baseUrl).toString();
    const token = await currentAccessToken(tokens, refreshSession);
    let result = await send(url, body, token, options);
    if (result.status === 401 && tokens.getRefreshToken()) {
      const renewed = await accessTokenAfter401(tokens, refreshSession, token);
      if (renewed) {
        options.onProgress?.(0);
        result = await send(url, body, renewed, options);
      }
    }
    if (result.status < 200 || result.status >= 300) throw toApiError(result.body, result);
    return result.body as T;
  };
}

export type XhrUpload = ReturnType<typeof createXhrUploader>;
