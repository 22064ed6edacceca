import { containerType, pickMimeType } from './mime-type';

describe('pickMimeType', () => {
  it('prefers VP9 webm when the browser records it', () => {
    expect(pickMimeType('video', () => true)).toBe('video/webm;codecs=vp9,opus');
  });

  it('falls back in order: vp8, plain webm, then mp4 for Safari', () => {
    expect(pickMimeType('video', (type) => type !== 'video/webm;codecs=vp9,opus')).toBe('video/webm;codecs=vp8,opus');
    expect(pickMimeType('video', (type) => type === 'video/webm' || type === 'video/mp4')).toBe('video/webm');
    expect(pickMimeType('video', (type) => type === 'video/mp4')).toBe('video/mp4');
  });

  it('picks an audio type for audio-only', () => {
    expect(pickMimeType('audio', () => true)).toBe('audio/webm;codecs=opus');
    expect(pickMimeType('audio', (type) => type === 'audio/mp4')).toBe('audio/mp4');
  });

  it('is null when nothing is supported or MediaRecorder is missing', () => {
    expect(pickMimeType('video', () => false)).toBeNull();
    expect(pickMimeType('audio', null)).toBeNull();
    // jsdom has no MediaRecorder: the default reads the browser.
    expect(pickMimeType('video')).toBeNull();
  });

  it('uses MediaRecorder.isTypeSupported when present', () => {
    vi.stubGlobal('MediaRecorder', { isTypeSupported: (type: string) => type === 'video/mp4' });
    expect(pickMimeType('video')).toBe('video/mp4');
    vi.unstubAllGlobals();
  });
});

describe('containerType', () => {
  it('drops the codecs', () => {
    expect(containerType('video/webm;codecs=vp9,opus')).toBe('video/webm');
    expect(containerType('audio/mp4')).toBe('audio/mp4');
  });
});
