import { playbackRefreshIn } from './get-recording-playback';

const link = (expiresAt: string | null) => ({
  url: '/api/recordings/r/media',
  expires_at: expiresAt,
  mime_type: 'video/webm',
});

describe('playbackRefreshIn', () => {
  const fetchedAt = Date.parse('2026-01-01T10:00:00Z');

  it('asks for a new link a minute before a long-lived one expires', () => {
    expect(playbackRefreshIn(link('2026-01-01T10:15:00Z'), fetchedAt, fetchedAt)).toBe(14 * 60_000);
  });

  it('keeps a fifth of a short link’s life as the margin, and never polls faster than every 5 s', () => {
    expect(playbackRefreshIn(link('2026-01-01T10:01:40Z'), fetchedAt, fetchedAt)).toBe(80_000);
    expect(playbackRefreshIn(link('2026-01-01T10:01:40Z'), fetchedAt, fetchedAt + 99_000)).toBe(5_000);
  });

  it('never refreshes a link that does not expire', () => {
    expect(playbackRefreshIn(link(null), fetchedAt, fetchedAt)).toBe(Infinity);
  });
});
