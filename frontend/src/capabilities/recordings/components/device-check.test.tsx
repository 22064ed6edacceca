import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { loadMediaPreferences } from '../lib/media-preferences';
import { DeviceCheck } from './device-check';

/** A stand-in MediaStream: tracks that can be stopped, with or without a camera. */
function fakeStream({ video = true } = {}) {
  const track = (kind: string) => ({ kind, stop: vi.fn() });
  const videoTracks = video ? [track('video')] : [];
  const audioTracks = [track('audio')];
  return {
    getTracks: () => [...videoTracks, ...audioTracks],
    getVideoTracks: () => videoTracks,
    getAudioTracks: () => audioTracks,
  } as unknown as MediaStream;
}

const DEVICES = [
  { kind: 'videoinput', deviceId: 'cam-1', label: 'FaceTime HD Camera', groupId: 'a' },
  { kind: 'videoinput', deviceId: 'cam-2', label: 'USB Camera', groupId: 'b' },
  { kind: 'audioinput', deviceId: 'mic-1', label: 'MacBook Microphone', groupId: 'a' },
] as MediaDeviceInfo[];

/** navigator.mediaDevices is a browser API: stub it with getUserMedia answering in turn. */
function stubMediaDevices(...answers: Array<MediaStream | DOMException>) {
  const getUserMedia = vi.fn((_constraints: MediaStreamConstraints) => {
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    return answer instanceof DOMException ? Promise.reject(answer) : Promise.resolve(answer);
  });
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: {
      getUserMedia,
      enumerateDevices: () => Promise.resolve(DEVICES),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    },
  });
  return getUserMedia;
}

const domError = (name: string) => new DOMException('Media failed', name);

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});

afterEach(() => Reflect.deleteProperty(navigator, 'mediaDevices'));

function renderCheck(interviewId = 'int-1') {
  const onContinue = vi.fn();
  const user = userEvent.setup();
  render(<DeviceCheck interviewId={interviewId} onContinue={onContinue} />);
  return { onContinue, user };
}

describe('device check', () => {
  it('explains how to re-allow the camera after NotAllowedError', async () => {
    stubMediaDevices(domError('NotAllowedError'));
    const { user } = renderCheck();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Camera and microphone are blocked');
    expect(alert).toHaveTextContent('Click the camera or lock icon at the left of the address bar');
    expect(alert).toHaveTextContent('Set Camera and Microphone to Allow for this site');
    // Typed only still works without any device.
    await user.click(screen.getByRole('radio', { name: /Typed only/ }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when there is no device at all (NotFoundError)', async () => {
    const getUserMedia = stubMediaDevices(domError('NotFoundError'));
    renderCheck();

    expect(await screen.findByRole('alert')).toHaveTextContent('No camera or microphone found');
    expect(screen.getByRole('alert')).toHaveTextContent('No camera? Choose Audio only.');
    // Camera and microphone first, then the microphone alone.
    expect(getUserMedia.mock.calls.map(([constraints]) => Boolean(constraints.video))).toEqual([true, false]);
  });

  it('says when the camera is used by another app (NotReadableError), and tries again', async () => {
    const getUserMedia = stubMediaDevices(domError('NotReadableError'), fakeStream());
    const { user } = renderCheck();

    expect(await screen.findByRole('alert')).toHaveTextContent('Your camera or microphone is in use');
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Camera and microphone are working.')).toBeInTheDocument();
    expect(getUserMedia).toHaveBeenCalledTimes(2);
  });

  it('previews the camera with a level meter and device pickers, and saves the choice for the interview', async () => {
    const getUserMedia = stubMediaDevices(fakeStream());
    const { user, onContinue } = renderCheck();

    expect(await screen.findByText('Camera and microphone are working.')).toBeInTheDocument();
    expect(screen.getByLabelText('Your camera preview')).toHaveProperty('muted', true);
    expect(screen.getByRole('meter', { name: 'Microphone level' })).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByRole('radio', { name: /Video/ })).toBeChecked();
    const camera = await screen.findByRole('option', { name: 'USB Camera' });
    expect(camera).toBeInTheDocument();

    // Switching the camera restarts the stream on that device.
    await user.selectOptions(screen.getByLabelText('Camera'), 'cam-2');
    await waitFor(() =>
      expect(getUserMedia).toHaveBeenLastCalledWith({ video: { deviceId: { exact: 'cam-2' } }, audio: true }),
    );
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    const saved = { mode: 'video', videoDeviceId: 'cam-2', audioDeviceId: null };
    expect(onContinue).toHaveBeenCalledWith(saved);
    expect(loadMediaPreferences('int-1')).toEqual(saved);
    expect(loadMediaPreferences()).toEqual(saved); // The default for the next interview too.
  });

  it('falls back to audio only without a camera', async () => {
    stubMediaDevices(domError('NotFoundError'), fakeStream({ video: false }));
    const { user, onContinue } = renderCheck();

    expect(await screen.findByText('No camera found, so you will answer with audio only.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onContinue).toHaveBeenCalledWith({ mode: 'audio', videoDeviceId: null, audioDeviceId: null });
  });

  it('saves typed only without asking for any device', async () => {
    const getUserMedia = stubMediaDevices(fakeStream());
    const { user, onContinue } = renderCheck();
    await user.click(screen.getByRole('radio', { name: /Typed only/ }));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    expect(onContinue).toHaveBeenCalledWith({ mode: 'typed', videoDeviceId: null, audioDeviceId: null });
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(getUserMedia.mock.calls.length).toBeLessThanOrEqual(1);
  });
});
