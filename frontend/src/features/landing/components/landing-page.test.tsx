import { screen, within } from '@testing-library/react';

import { renderApp } from '@/testing/test-utils';

describe('landing page', () => {
  it('shows the product in real screenshots, described, sized and lazy below the fold', async () => {
    renderApp('/');

    expect(await screen.findAllByRole('heading', { level: 1 })).toHaveLength(1);
    const images = screen.getAllByRole('img').filter((image) => image.getAttribute('src')?.startsWith('/screenshots/'));
    expect(images.map((image) => image.getAttribute('src'))).toEqual([
      '/screenshots/dashboard.webp',
      '/screenshots/room.webp',
      '/screenshots/results.webp',
      '/screenshots/plan.webp',
    ]);
    for (const image of images) {
      expect(image.getAttribute('alt')?.length).toBeGreaterThan(30);
      expect(image).toHaveAttribute('width', '1280');
      expect(image).toHaveAttribute('height', '800');
    }
    expect(images.map((image) => image.getAttribute('loading'))).toEqual(['eager', 'lazy', 'lazy', 'lazy']);
  });

  it('explains how it works in three steps and the self-hosting points, with calls to sign up', async () => {
    renderApp('/');

    const how = await screen.findByRole('region', { name: 'How it works' });
    expect(within(how).getAllByRole('listitem')).toHaveLength(3);
    const privacy = screen.getByRole('region', { name: 'Self-hosted, offline and private' });
    expect(within(privacy).getByRole('heading', { name: 'Works offline' })).toBeInTheDocument();
    const signUps = screen.getAllByRole('link', { name: 'Sign up' });
    expect(signUps.length).toBeGreaterThanOrEqual(2);
    for (const link of signUps) expect(link).toHaveAttribute('href', '/register');
  });
});
