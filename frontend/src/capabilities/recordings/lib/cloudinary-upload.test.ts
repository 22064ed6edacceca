import { uploadToCloudinary } from './cloudinary-upload';
import { CloudUploadError } from './upload-errors';

/** XMLHttpRequest to the video host, answered by the test. */
class FakeXhr {
  static sent: Array<{ url: string; headers: Record<string, string>; form: FormData }> = [];
  static status = 200;
  headers: Record<string, string> = {};
  url = '';
  status = 0;
  responseText = '{}';
  upload = new EventTarget();
  private events = new EventTarget();

  open(_method: string, url: string) {
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  addEventListener(type: string, listener: () => void) {
    this.events.addEventListener(type, listener);
  }

  send(form: FormData) {
    FakeXhr.sent.push({ url: this.url, headers: this.headers, form });
    this.status = FakeXhr.status;
    queueMicrotask(() => this.events.dispatchEvent(new Event('load')));
  }
}

const signature = {
  upload_url: 'https://api.cloudinary.test/v1_1/demo/video/upload',
  api_key: 'key',
  timestamp: 1700000000,
  signature: 'sig',
  folder: 'rehearse',
  public_id: 'rec-1',
  chunk_size_bytes: 4,
  chunked_above_bytes: 6,
};

beforeEach(() => {
  FakeXhr.sent = [];
  FakeXhr.status = 200;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});

afterEach(() => vi.unstubAllGlobals());

describe('uploadToCloudinary', () => {
  it('posts a small file in one signed request, without the app token', async () => {
    await uploadToCloudinary(signature, new Blob(['12345']), vi.fn());

    expect(FakeXhr.sent).toHaveLength(1);
    const [{ url, headers, form }] = FakeXhr.sent as [(typeof FakeXhr.sent)[number]];
    expect(url).toBe(signature.upload_url);
    expect(headers).toEqual({});
    expect(Object.fromEntries([...form.entries()].filter(([name]) => name !== 'file'))).toEqual({
      api_key: 'key',
      timestamp: '1700000000',
      signature: 'sig',
      folder: 'rehearse',
      public_id: 'rec-1',
    });
  });

  it('sends a large file in parts with one upload id and a Content-Range each', async () => {
    const onProgress = vi.fn();
    await uploadToCloudinary(signature, new Blob(['0123456789']), onProgress);

    expect(FakeXhr.sent.map(({ headers }) => headers['Content-Range'])).toEqual([
      'bytes 0-3/10',
      'bytes 4-7/10',
      'bytes 8-9/10',
    ]);
    expect(new Set(FakeXhr.sent.map(({ headers }) => headers['X-Unique-Upload-Id'])).size).toBe(1);
    expect(onProgress).toHaveBeenLastCalledWith(1);
  });

  it('fails with the host’s status so the queue retries with a fresh signature', async () => {
    FakeXhr.status = 401;
    await expect(uploadToCloudinary(signature, new Blob(['1']), vi.fn())).rejects.toBeInstanceOf(CloudUploadError);
  });
});
