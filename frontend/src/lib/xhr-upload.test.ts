import { http, HttpResponse } from 'msw';

import { createApiClient } from '@/api/client';
import { ApiError } from '@/lib/api-error';
import { createTokenStore } from '@/lib/token-store';
import { db } from '@/testing/mock-db';
import { recordRequests } from '@/testing/request-log';
import { server } from '@/testing/server';

function setup() {
  const tokens = createTokenStore();
  const onSessionExpired = vi.fn();
  const client = createApiClient({ baseUrl: window.location.origin, tokens, onSessionExpired });
  db.createUser({ email: 'ada@example.com', password: 'analytical-engine', full_name: 'Ada Lovelace' });
  const pair = db.issueTokens('ada@example.com');
  tokens.set({ accessToken: pair.access_token, refreshToken: pair.refresh_token });
  return { client, tokens, onSessionExpired };
}

function resumeForm(text = 'Skills: Python') {
  const body = new FormData();
  body.append('file', new File([text], 'ada.txt', { type: 'text/plain' }));
  return body;
}

describe('XHR upload', () => {
  it('reports progress and resolves to the JSON body', async () => {
    const { client } = setup();
    const onProgress = vi.fn();

    const resume = await client.upload<{ filename: string; parsed: { skills: { name: string }[] } }>(
      '/api/resumes',
      resumeForm(),
      {
        onProgress,
      },
    );

    expect(resume.parsed.skills.map((skill) => skill.name)).toEqual(['Python']);
    expect(onProgress).toHaveBeenLastCalledWith(1);
  });

  it('refreshes an expired access token once and sends the file again', async () => {
    const { client, tokens, onSessionExpired } = setup();
    const before = tokens.getAccessToken();
    db.expireAccessTokens();
    const uploads = recordRequests('/api/resumes');
    const refreshes = recordRequests('/api/auth/refresh');

    await client.upload('/api/resumes', resumeForm());

    expect(uploads).toEqual(['POST', 'POST']);
    expect(refreshes).toEqual(['POST']);
    expect(tokens.getAccessToken()).not.toBe(before);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('ends the session when the refresh is rejected', async () => {
    const { client, tokens, onSessionExpired } = setup();
    db.revokeAllSessions();

    const error = await client.upload('/api/resumes', resumeForm()).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(tokens.isAuthenticated()).toBe(false);
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });

  it('throws the server’s error as an ApiError, and a TypeError when the network fails', async () => {
    const { client } = setup();
    server.use(
      http.post('/api/resumes', () =>
        HttpResponse.json(
          { error: { code: 'payload_too_large', message: 'The file is larger than 10 MB.', details: null } },
          { status: 413 },
        ),
      ),
    );

    await expect(client.upload('/api/resumes', resumeForm())).rejects.toMatchObject({
      status: 413,
      code: 'payload_too_large',
      message: 'The file is larger than 10 MB.',
    });

    server.use(http.post('/api/resumes', () => HttpResponse.error()));
    await expect(client.upload('/api/resumes', resumeForm())).rejects.toBeInstanceOf(TypeError);
  });
});
