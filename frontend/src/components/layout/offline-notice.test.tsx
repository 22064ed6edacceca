import { act, screen } from '@testing-library/react';

import { renderApp, signIn } from '@/testing/test-utils';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

afterEach(() => vi.restoreAllMocks());

describe('without a connection', () => {
  it('says so on every signed-in page, and stops saying so once it is back', async () => {
    signIn();
    renderApp('/app/jobs');
    expect(await screen.findByRole('heading', { name: 'Jobs', level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument();

    goOffline(true);
    const notice = screen.getByText(/^You are offline\./);
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent(
      'You are offline. Searches and changes wait until the connection is back, then go through.',
    );

    goOffline(false);
    expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument();
  });
});
