import type { CloudinarySignature } from '../api/get-cloudinary-signature';
import { CloudUploadError } from './upload-errors';

interface PostOptions {
  headers?: Record<string, string>;
  onProgress?: (loaded: number) => void;
}

/** POSTs a form to the video host with XHR for upload progress. No app token: it is another site. */
function postForm(url: string, form: FormData, { headers = {}, onProgress }: PostOptions): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    Object.entries(headers).forEach(([name, value]) => xhr.setRequestHeader(name, value));
    xhr.upload.addEventListener('progress', (event) => onProgress?.(event.loaded));
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.responseText);
      else reject(new CloudUploadError(xhr.status));
    });
    xhr.addEventListener('error', () => reject(new TypeError('Network request failed')));
    xhr.send(form);
  });
}

function signedForm(signature: CloudinarySignature, file: Blob) {
  const form = new FormData();
  form.append('file', file);
  form.append('api_key', signature.api_key);
  form.append('timestamp', String(signature.timestamp));
  form.append('signature', signature.signature);
  form.append('folder', signature.folder);
  form.append('public_id', signature.public_id);
  return form;
}

/**
 * Uploads the assembled recording with a server-made signature: one request for a small file,
 * else Cloudinary's chunked upload (same X-Unique-Upload-Id, a Content-Range per part).
 */
export async function uploadToCloudinary(
  signature: CloudinarySignature,
  file: Blob,
  onProgress: (fraction: number) => void,
) {
  const total = file.size;
  if (total <= signature.chunked_above_bytes) {
    await postForm(signature.upload_url, signedForm(signature, file), {
      onProgress: (loaded) => onProgress(loaded / Math.max(1, total)),
    });
    onProgress(1);
    return;
  }
  const uploadId = crypto.randomUUID();
  const size = Math.max(1, signature.chunk_size_bytes);
  for (let start = 0; start < total; start += size) {
    const end = Math.min(total, start + size);
    await postForm(signature.upload_url, signedForm(signature, file.slice(start, end)), {
      headers: { 'X-Unique-Upload-Id': uploadId, 'Content-Range': `bytes ${start}-${end - 1}/${total}` },
      onProgress: (loaded) => onProgress((start + loaded) / total),
    });
  }
  onProgress(1);
}
