import { screen, within } from '@testing-library/react';
import { delay, http } from 'msw';

import { errorResponse } from '@/testing/http';
import { recordRequests } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

async function openSettings() {
  signIn();
  const exports = recordRequests('/api/users/me/export');
  const view = renderApp('/app/settings');
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
  return { ...view, exports, section: screen.getByRole('region', { name: 'Your data' }) };
}

describe('export my data', () => {
  it('downloads the zip and says so', async () => {
    const createObjectURL = vi.fn(() => 'blob:export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const { user, exports, section } = await openSettings();

    await user.click(within(section).getByRole('button', { name: 'Download my data' }));

    expect(await within(section).findByText('Your data is downloaded as a zip file.')).toBeInTheDocument();
    expect(exports).toEqual(['GET']);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(clicks).toEqual([`rehearse-data-${new Date().toISOString().slice(0, 10)}.zip`]);
  });

  it('tells while the zip is made and shows a failure once', async () => {
    server.use(
      http.get('/api/users/me/export', async () => {
        await delay(50);
        return errorResponse(503, 'database_busy', 'The database is busy right now. Try again in a moment.');
      }),
    );
    const { user, section } = await openSettings();

    await user.click(within(section).getByRole('button', { name: 'Download my data' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Gathering your resumes, interviews and recordings.',
    );
    expect(within(section).getByRole('button', { name: 'Preparing your data…' })).toBeDisabled();

    expect(await within(section).findByRole('alert')).toHaveTextContent('The database is busy right now.');
    expect(screen.getAllByText(/The database is busy right now/)).toHaveLength(1);
    expect(within(section).getByRole('button', { name: 'Download my data' })).toBeEnabled();
  });
});
