import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { RouteError } from './route-error';

afterEach(() => vi.restoreAllMocks());

describe('a route that fails to load', () => {
  it('explains a page that could not load, instead of suggesting a reload that would fail', async () => {
    const routes = [
      {
        path: '/',
        errorElement: <RouteError />,
        loader: () => {
          throw new TypeError('Failed to fetch dynamically imported module');
        },
        element: <p>never shown</p>,
      },
    ];
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<RouterProvider router={createMemoryRouter(routes)} />);

    expect(await screen.findByRole('heading', { name: 'You are offline' })).toBeInTheDocument();
    expect(screen.getByText(/could not be loaded without a connection/)).toBeInTheDocument();

    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    // The page re-renders once React has subscribed to the browser's online events and sees the
    // change, which under load can come after this act: wait for what the person sees.
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText(/Reloading usually fixes it\./)).toBeInTheDocument();
  });
});
