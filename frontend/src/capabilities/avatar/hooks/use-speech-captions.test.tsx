import { act, renderHook } from '@testing-library/react';

import { FakeSpeechRecognition, installFakeSpeechRecognition } from '../testing/fake-speech-recognition';

import { useSpeechCaptions } from './use-speech-captions';

afterEach(() => vi.unstubAllGlobals());

function renderCaptions(enabled = true) {
  const onFinal = vi.fn();
  const view = renderHook((props: { enabled: boolean }) => useSpeechCaptions({ enabled: props.enabled, onFinal }), {
    initialProps: { enabled },
  });
  return { ...view, onFinal };
}

describe('useSpeechCaptions', () => {
  it('reports browsers without speech recognition', () => {
    const { result } = renderCaptions();
    expect(result.current).toMatchObject({ supported: false, listening: false, interim: '', error: null });
    act(() => result.current.start());
    expect(result.current.listening).toBe(false);
  });

  it('listens continuously while enabled, with interim text and final phrases timed from first result to final', () => {
    installFakeSpeechRecognition('SpeechRecognition');
    const { result, onFinal } = renderCaptions();
    const recognition = FakeSpeechRecognition.latest;
    expect(recognition).toMatchObject({ continuous: true, interimResults: true, lang: 'en-US', started: true });
    expect(result.current).toMatchObject({ supported: true, listening: true });
    const clock = vi.spyOn(Date, 'now');

    clock.mockReturnValue(1_000);
    act(() => recognition.emit([['I led the', false]]));
    expect(result.current.interim).toBe('I led the');
    expect(onFinal).not.toHaveBeenCalled();

    // The next phrase starts as this one ends.
    clock.mockReturnValue(2_500);
    act(() =>
      recognition.emit([
        ['I led the migration ', true],
        ['to Postgres', false],
      ]),
    );
    expect(onFinal).toHaveBeenCalledExactlyOnceWith('I led the migration', { startedAt: 1_000, endedAt: 2_500 });
    expect(result.current.interim).toBe('to Postgres');

    // Results before resultIndex were delivered already.
    clock.mockReturnValue(3_200);
    act(() =>
      recognition.emit(
        [
          ['I led the migration ', true],
          ['to Postgres.', true],
        ],
        1,
      ),
    );
    expect(onFinal).toHaveBeenLastCalledWith('to Postgres.', { startedAt: 2_500, endedAt: 3_200 });
    expect(onFinal).toHaveBeenCalledTimes(2);
    expect(result.current.interim).toBe('');

    // After a silence, the next phrase starts at its own first result.
    const before: [string, boolean][] = [
      ['I led the migration ', true],
      ['to Postgres.', true],
    ];
    clock.mockReturnValue(9_000);
    act(() => recognition.emit([...before, ['Then', false]], 2));
    clock.mockReturnValue(9_800);
    act(() => recognition.emit([...before, ['Then we shipped', true]], 2));
    expect(onFinal).toHaveBeenLastCalledWith('Then we shipped', { startedAt: 9_000, endedAt: 9_800 });
  });

  it('starts again when the browser ends the session after a silence, until disabled', () => {
    installFakeSpeechRecognition();
    const { result, rerender } = renderCaptions();
    const recognition = FakeSpeechRecognition.latest;
    vi.spyOn(Date, 'now').mockReturnValue(0);
    vi.mocked(Date.now).mockReturnValue(10_000);
    act(() => recognition.end());
    expect(recognition.startCount).toBe(2);
    expect(result.current.listening).toBe(true);

    rerender({ enabled: false });
    expect(recognition.started).toBe(false);
    expect(result.current.listening).toBe(false);
    expect(recognition.startCount).toBe(2);

    rerender({ enabled: true }); // The next answer.
    expect(FakeSpeechRecognition.latest).not.toBe(recognition);
    expect(result.current.listening).toBe(true);
  });

  it('waits while disabled', () => {
    installFakeSpeechRecognition();
    const { result } = renderCaptions(false);
    expect(FakeSpeechRecognition.instances).toHaveLength(0);
    act(() => result.current.start());
    expect(FakeSpeechRecognition.instances).toHaveLength(0);
    expect(result.current.supported).toBe(true);
  });

  it('stops on a blocked microphone with a plain message, and start() tries again', () => {
    installFakeSpeechRecognition();
    const { result } = renderCaptions();
    const recognition = FakeSpeechRecognition.latest;
    act(() => {
      recognition.fail('not-allowed');
      recognition.end();
    });
    expect(result.current.error).toMatch(/^Microphone access is blocked/);
    expect(result.current.listening).toBe(false);
    expect(recognition.startCount).toBe(1);

    act(() => result.current.start());
    expect(result.current.error).toBeNull();
    expect(result.current.listening).toBe(true);
    expect(FakeSpeechRecognition.instances).toHaveLength(2);
  });

  it('keeps listening after hearing nothing, and says so', () => {
    installFakeSpeechRecognition();
    const { result, onFinal } = renderCaptions();
    const recognition = FakeSpeechRecognition.latest;
    vi.spyOn(Date, 'now').mockReturnValue(0);
    act(() => recognition.fail('no-speech'));
    vi.mocked(Date.now).mockReturnValue(8_000);
    act(() => recognition.end());
    expect(result.current.error).toBe("We didn't hear anything. Check that your microphone is on and not muted.");
    expect(result.current.listening).toBe(true);
    expect(recognition.startCount).toBe(2);

    act(() => recognition.emit([['Hello', true]]));
    expect(onFinal).toHaveBeenCalledWith('Hello', {
      startedAt: expect.any(Number) as number,
      endedAt: expect.any(Number) as number,
    });
    expect(result.current.error).toBeNull();
  });

  it('gives up when the session keeps ending at once', () => {
    installFakeSpeechRecognition();
    const { result } = renderCaptions();
    const recognition = FakeSpeechRecognition.latest;
    act(() => {
      for (let i = 0; i < 3; i += 1) recognition.end();
    });
    expect(result.current.listening).toBe(false);
    expect(result.current.error).toMatch(/keep stopping/);
  });

  it('stop() stops listening and start() resumes it', () => {
    installFakeSpeechRecognition();
    const { result } = renderCaptions();
    const recognition = FakeSpeechRecognition.latest;
    act(() => recognition.emit([['half a', false]]));
    act(() => result.current.stop());
    expect(result.current).toMatchObject({ listening: false, interim: '' });
    expect(recognition.started).toBe(false);
    expect(recognition.startCount).toBe(1);

    act(() => result.current.start());
    expect(result.current.listening).toBe(true);
  });
});
