import { act, renderHook } from '@testing-library/react';

import { useMediaRecorder } from './use-media-recorder';

class FakeMediaRecorder extends EventTarget {
  static last: FakeMediaRecorder | null = null;
  state: RecordingState = 'inactive';
  constructor(_stream: MediaStream, _options: MediaRecorderOptions) {
    super();
    FakeMediaRecorder.last = this;
  }
  start() {
    this.state = 'recording';
  }
  emit(bytes: number) {
    this.dispatchEvent(
      Object.assign(new Event('dataavailable'), { data: new Blob([new Uint8Array(bytes).fill(bytes)]) }),
    );
  }
  stop() {
    this.state = 'inactive';
    this.dispatchEvent(new Event('stop'));
  }
}

/** jsdom's Blob has no arrayBuffer(): read it as a page would have before. */
function readBytes(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });
}

beforeEach(() => vi.stubGlobal('MediaRecorder', FakeMediaRecorder));
afterEach(() => vi.unstubAllGlobals());

describe('useMediaRecorder', () => {
  it('holds a first part too short to show its container and sends it with the next, bytes in order', async () => {
    const parts: Blob[] = [];
    const { result } = renderHook(() => useMediaRecorder({ onChunk: (blob) => parts.push(blob) }));
    act(() => result.current.start({} as MediaStream, 'video/webm'));
    const recorder = FakeMediaRecorder.last!;
    recorder.emit(1); // Chromium's flush just after start
    expect(parts).toEqual([]);
    recorder.emit(20);
    recorder.emit(3); // later parts go as they come, however small
    expect(parts.map((part) => part.size)).toEqual([21, 3]);
    expect([...new Uint8Array(await readBytes(parts[0]!)).slice(0, 3)]).toEqual([1, 20, 20]);
  });

  it('still hands over a tiny part when the recording stops', () => {
    const parts: Blob[] = [];
    const { result } = renderHook(() => useMediaRecorder({ onChunk: (blob) => parts.push(blob) }));
    act(() => result.current.start({} as MediaStream, 'video/webm'));
    const recorder = FakeMediaRecorder.last!;
    recorder.state = 'inactive';
    recorder.emit(2);
    expect(parts.map((part) => part.size)).toEqual([2]);
  });
});
