import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { StrictMode } from 'react';

import { errorResponse } from '@/testing/http';
import { server } from '@/testing/server';

import type { AvatarSession } from '../api/get-avatar-session';
import { TILE_FACE_FLOOR } from '../lib/tile-layout';
import {
  FakeSpeechSynthesis,
  FakeUtterance,
  fakeVoice,
  installFakeSpeechSynthesis,
} from '../testing/fake-speech-synthesis';
import type { AvatarQuestion } from '../types';

import { InterviewerAvatar } from './interviewer-avatar';

const Q1 = { id: 'q1', text: 'Tell me about a project you are proud of.' };
const Q2 = { id: 'q2', text: 'How do you handle a disagreement with a teammate?' };
const Q3 = { id: 'q3', text: 'Why do you want this role?' };
const QUESTIONS = [Q1, Q2, Q3];

function serveAvatar(session: Partial<AvatarSession> = {}) {
  const calls: string[] = [];
  server.use(
    http.post('/api/interviews/:id/avatar', ({ params }) => {
      calls.push(String(params.id));
      return HttpResponse.json({
        provider: 'browser',
        status: 'ready',
        conversation_url: null,
        clips: [],
        fallback_reason: null,
        ...session,
      } satisfies AvatarSession);
    }),
  );
  return calls;
}

function renderAvatar(question: AvatarQuestion | null = Q1, onSpeakingChange = vi.fn(), { tile = false } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const ui = (current: AvatarQuestion | null) => (
    <QueryClientProvider client={queryClient}>
      <InterviewerAvatar
        interviewId="iv-1"
        questions={QUESTIONS}
        currentQuestion={current}
        onSpeakingChange={onSpeakingChange}
        tile={tile}
      />
    </QueryClientProvider>
  );
  const view = render(ui(question));
  return { ...view, user, onSpeakingChange, showQuestion: (next: AvatarQuestion | null) => view.rerender(ui(next)) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const avatar = () => screen.getByRole('img', { name: /^Interviewer/ });
const mouth = () => avatar().querySelector('[data-mouth]')?.getAttribute('data-mouth');

let synth: FakeSpeechSynthesis;

afterEach(() => vi.unstubAllGlobals());

describe('browser avatar', () => {
  beforeEach(() => {
    synth = installFakeSpeechSynthesis([
      fakeVoice('Amélie', 'fr-FR', true),
      fakeVoice('Daniel', 'en-GB'),
      fakeVoice('Samantha', 'en-US'),
    ]);
  });

  it('asks each new question once, captions it, and moves its mouth only while speaking', async () => {
    const calls = serveAvatar();
    const { showQuestion, onSpeakingChange } = renderAvatar();

    expect(screen.getByText(Q1.text)).toBeInTheDocument(); // Captioned even before the avatar loads.
    await waitFor(() => expect(synth.texts).toEqual([Q1.text]));
    expect(synth.spoken[0]).toMatchObject({ rate: 1, lang: 'en-US' });
    // The utterance's start event re-renders the avatar: wait for it rather than race it.
    await waitFor(() => expect(avatar()).toHaveAccessibleName('Interviewer, speaking'));
    expect(avatar()).toHaveAttribute('data-speaking', 'true');
    await waitFor(() => expect(onSpeakingChange).toHaveBeenLastCalledWith(true));

    // A word moves the mouth (relative to where its timer left it: time passed while waiting).
    const before = mouth();
    act(() => synth.boundary());
    expect(mouth()).not.toBe(before);
    const after = mouth();
    act(() => synth.boundary());
    expect(mouth()).not.toBe(after);
    const now = mouth();
    await waitFor(() => expect(mouth()).not.toBe(now)); // So does time: some voices send no words.

    act(() => synth.finish());
    expect(avatar()).toHaveAccessibleName('Interviewer');
    expect(avatar()).toHaveAttribute('data-speaking', 'false');
    expect(mouth()).toBe('closed');
    await sleep(300);
    expect(mouth()).toBe('closed');
    expect(onSpeakingChange).toHaveBeenLastCalledWith(false);

    showQuestion({ ...Q1 }); // A re-render with the same question says nothing.
    expect(synth.texts).toEqual([Q1.text]);

    showQuestion(Q2);
    expect(synth.texts).toEqual([Q1.text, Q2.text]);
    expect(screen.getByText(Q2.text)).toBeInTheDocument();
    expect(screen.queryByText(Q1.text)).not.toBeInTheDocument();
    expect(calls).toEqual(['iv-1']);
  });

  it('speaks under StrictMode, whose remount cancels the first utterance', async () => {
    serveAvatar();
    const queryClient = new QueryClient();
    render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <InterviewerAvatar interviewId="iv-1" questions={QUESTIONS} currentQuestion={Q1} />
        </QueryClientProvider>
      </StrictMode>,
    );
    await waitFor(() => expect(synth.current?.text).toBe(Q1.text));
    await waitFor(() => expect(avatar()).toHaveAttribute('data-speaking', 'true'));
  });

  it('holds the mouth still under reduced motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)',
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    serveAvatar();
    renderAvatar();
    await waitFor(() => expect(avatar()).toHaveAttribute('data-speaking', 'true'));
    const ry = () => avatar().querySelector('[data-mouth] ellipse')?.getAttribute('ry');
    const still = ry();
    expect(mouth()).toBe('open');
    await sleep(400);
    act(() => synth.boundary());
    expect(ry()).toBe(still);
    act(() => synth.finish());
    expect(mouth()).toBe('closed');
  });

  it('replays the question, and mute stops and silences it while captions stay', async () => {
    serveAvatar();
    const { user, showQuestion } = renderAvatar();
    await waitFor(() => expect(synth.texts).toEqual([Q1.text]));
    act(() => synth.finish());

    await user.click(screen.getByRole('button', { name: 'Replay question' }));
    expect(synth.texts).toEqual([Q1.text, Q1.text]);
    expect(avatar()).toHaveAttribute('data-speaking', 'true');

    const mute = screen.getByRole('button', { name: 'Mute interviewer' });
    await user.click(mute);
    expect(mute).toHaveAttribute('aria-pressed', 'true');
    expect(synth.speaking).toBe(false);
    expect(avatar()).toHaveAttribute('data-speaking', 'false');
    expect(screen.getByRole('button', { name: 'Replay question' })).toBeDisabled();

    showQuestion(Q2);
    expect(synth.texts).toEqual([Q1.text, Q1.text]);
    expect(screen.getByText(Q2.text)).toBeInTheDocument();

    // Unmuting does not repeat the question; replaying does.
    await user.click(mute);
    expect(synth.texts).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Replay question' }));
    expect(synth.texts).toEqual([Q1.text, Q1.text, Q2.text]);
  });

  it('lists the voices as they load, prefers English, and remembers the chosen one', async () => {
    synth.voices = []; // Chrome loads its voices after the page.
    serveAvatar();
    const { user, unmount } = renderAvatar();
    await waitFor(() => expect(synth.texts).toEqual([Q1.text]));
    expect(screen.queryByLabelText('Interviewer voice')).not.toBeInTheDocument();

    act(() =>
      synth.setVoices([
        fakeVoice('Amélie', 'fr-FR', true),
        fakeVoice('Daniel', 'en-GB'),
        fakeVoice('Samantha', 'en-US'),
      ]),
    );
    const picker = screen.getByLabelText('Interviewer voice');
    expect([...picker.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'Amélie (fr-FR)',
      'Daniel (en-GB)',
      'Samantha (en-US)',
    ]);
    expect(picker).toHaveValue('Samantha en-US');

    await user.selectOptions(picker, 'Daniel en-GB');
    await user.click(screen.getByRole('button', { name: 'Replay question' }));
    expect(synth.spoken.at(-1)?.voice?.name).toBe('Daniel');
    expect(synth.spoken.at(-1)?.lang).toBe('en-GB');
    unmount();

    synth.spoken = [];
    renderAvatar(Q2);
    await waitFor(() => expect(synth.texts).toEqual([Q2.text]));
    expect(synth.spoken[0]?.voice?.name).toBe('Daniel');
    expect(screen.getByLabelText('Interviewer voice')).toHaveValue('Daniel en-GB');
  });

  it('stops speaking when unmounted', async () => {
    serveAvatar();
    const { unmount } = renderAvatar();
    await waitFor(() => expect(synth.speaking).toBe(true));
    unmount();
    expect(synth.speaking).toBe(false);
  });

  it('explains a voice the browser blocked until the page is used', async () => {
    serveAvatar();
    const { user } = renderAvatar();
    await waitFor(() => expect(synth.speaking).toBe(true));
    act(() => synth.fail('not-allowed'));
    expect(screen.getByText(/blocked the voice/)).toBeInTheDocument();
    expect(avatar()).toHaveAttribute('data-speaking', 'false');
    await user.click(screen.getByRole('button', { name: 'Replay question' }));
    expect(screen.queryByText(/blocked the voice/)).not.toBeInTheDocument();
    expect(synth.texts).toEqual([Q1.text, Q1.text]);
  });

  it('falls back to the browser avatar when the call fails, and says so when the server fell back', async () => {
    server.use(http.post('/api/interviews/:id/avatar', () => errorResponse(500, 'internal', 'Boom')));
    const { unmount } = renderAvatar();
    await waitFor(() => expect(synth.texts).toEqual([Q1.text]));
    unmount();

    serveAvatar({ fallback_reason: 'tavus_unavailable' });
    renderAvatar(Q2);
    expect(await screen.findByText(/video interviewer isn't available/)).toBeInTheDocument();
    expect(synth.texts).toEqual([Q1.text, Q2.text]);
  });
});

describe('without a voice', () => {
  it('says so without speech synthesis, and shows the question as text', async () => {
    serveAvatar();
    renderAvatar();
    expect(
      await screen.findByText("This browser has no voice for me, so I'll show each question as captions."),
    ).toBeInTheDocument();
    expect(screen.getByText(Q1.text)).toBeInTheDocument();
    expect(avatar()).toHaveAttribute('data-speaking', 'false');
    expect(screen.queryByRole('button', { name: 'Replay question' })).not.toBeInTheDocument();
  });

  it('says so when the browser lists no voice and stays silent', async () => {
    // Chromium without installed voices: speechSynthesis exists, but nothing is ever said.
    class SilentSpeechSynthesis extends FakeSpeechSynthesis {
      override speak(utterance: FakeUtterance) {
        this.spoken.push(utterance);
      }
    }
    vi.stubGlobal('speechSynthesis', new SilentSpeechSynthesis());
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    serveAvatar();
    renderAvatar();
    expect(
      await screen.findByText("This browser has no voice for me, so I'll show each question as captions.", undefined, {
        timeout: 3000,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Replay question' })).not.toBeInTheDocument();
  });

  it('says so when the voice fails to speak, and not while a voice is loading', async () => {
    synth = installFakeSpeechSynthesis([fakeVoice('Samantha', 'en-US', true)]);
    serveAvatar();
    renderAvatar();
    await waitFor(() => expect(synth.speaking).toBe(true));
    expect(screen.queryByText(/no voice for me/)).not.toBeInTheDocument();
    act(() => synth.fail('synthesis-failed'));
    expect(
      screen.getByText("This browser has no voice for me, so I'll show each question as captions."),
    ).toBeInTheDocument();
    expect(screen.getByText(Q1.text)).toBeInTheDocument();
  });
});

describe('hosted avatars', () => {
  beforeEach(() => {
    synth = installFakeSpeechSynthesis([fakeVoice('Samantha', 'en-US', true)]);
  });

  it('embeds the Tavus call and still captions the question', async () => {
    serveAvatar({ provider: 'tavus', conversation_url: 'https://tavus.daily.co/c123' });
    renderAvatar();
    const frame = await screen.findByTitle('Interviewer video call');
    expect(frame).toHaveAttribute('src', 'https://tavus.daily.co/c123');
    expect(frame).toHaveAttribute('allow', 'camera; microphone; autoplay; display-capture');
    expect(screen.getByText(Q1.text)).toBeInTheDocument();
    expect(synth.texts).toEqual([]);
  });

  it('plays the ready D-ID clip, and lets the browser ask when a clip is missing or fails', async () => {
    serveAvatar({
      provider: 'did',
      clips: [
        { question_id: 'q1', status: 'ready', video_url: 'https://cdn.example/q1.mp4' },
        { question_id: 'q2', status: 'pending', video_url: null },
        { question_id: 'q3', status: 'ready', video_url: 'https://cdn.example/q3.mp4' },
      ],
    });
    const { showQuestion, onSpeakingChange } = renderAvatar();
    const video = await waitFor(() => {
      const element = document.querySelector<HTMLVideoElement>('video:not([hidden])');
      expect(element).not.toBeNull();
      return element!;
    });
    expect(video).toHaveAttribute('src', 'https://cdn.example/q1.mp4');
    expect(video.autoplay).toBe(true);
    expect(screen.getByText(Q1.text)).toBeInTheDocument();
    expect(synth.texts).toEqual([]);

    fireEvent.play(video);
    expect(avatar()).toHaveAccessibleName('Interviewer, speaking');
    expect(onSpeakingChange).toHaveBeenLastCalledWith(true);
    fireEvent.ended(video);
    expect(avatar()).toHaveAttribute('data-speaking', 'false');
    expect(onSpeakingChange).toHaveBeenLastCalledWith(false);

    showQuestion(Q2); // Its clip is still being made.
    expect(synth.texts).toEqual([Q2.text]);
    expect(screen.getByText(Q2.text)).toBeInTheDocument();
    // The next ready clip is buffered meanwhile.
    expect(document.querySelector('video[hidden]')).toHaveAttribute('src', 'https://cdn.example/q3.mp4');

    showQuestion(Q3);
    expect(synth.speaking).toBe(false);
    const clip = document.querySelector<HTMLVideoElement>('video:not([hidden])')!;
    expect(clip).toHaveAttribute('src', 'https://cdn.example/q3.mp4');
    fireEvent.error(clip);
    expect(document.querySelector('video')).toBeNull();
    expect(synth.texts).toEqual([Q2.text, Q3.text]);
    expect(screen.getByText(Q3.text)).toBeInTheDocument();
  });

  // jsdom lays nothing out, and the room cannot reach Tavus or D-ID offline (e2e/room.spec.ts checks
  // the same tile at 360x740 with the browser's face): here, what keeps a hosted face a face on a phone.
  it('in the room’s tile, a D-ID clip keeps the floor the browser face keeps, and the room captions the question', async () => {
    serveAvatar({
      provider: 'did',
      clips: [
        { question_id: 'q1', status: 'ready', video_url: 'https://cdn.example/q1.mp4' },
        { question_id: 'q2', status: 'pending', video_url: null },
      ],
    });
    const { showQuestion } = renderAvatar(Q1, vi.fn(), { tile: true });
    await waitFor(() => expect(avatar().querySelector('video')).toHaveAttribute('src', 'https://cdn.example/q1.mp4'));
    expect(avatar()).toHaveClass(TILE_FACE_FLOOR);
    expect(screen.getByRole('button', { name: 'Replay question' })).toBeInTheDocument();
    expect(screen.queryByText(Q1.text)).toBeNull();

    showQuestion(Q2); // No clip yet: the browser's face asks, with the same floor.
    expect(avatar().tagName).toBe('svg');
    expect(avatar()).toHaveClass(TILE_FACE_FLOOR);
  });

  it('in the room’s tile, the Tavus call fills the tile and the room captions the question', async () => {
    serveAvatar({ provider: 'tavus', conversation_url: 'https://tavus.daily.co/c123' });
    renderAvatar(Q1, vi.fn(), { tile: true });
    const frame = await screen.findByTitle('Interviewer video call');
    expect(frame).toHaveClass('h-full', 'w-full');
    expect(frame.parentElement).toHaveClass('h-full', 'w-full');
    expect(screen.queryByText(Q1.text)).toBeNull();
  });
});
