import { screen, within } from '@testing-library/react';

import { renderApp, signIn } from '@/testing/test-utils';

describe('toasts', () => {
  it('are announced, and open below the header on phones and laptops alike', async () => {
    signIn();
    const { user } = renderApp('/app/settings');
    const form = await screen.findByRole('form', { name: 'Change name' });

    await user.click(within(form).getByRole('button', { name: 'Save name' }));

    const toast = await screen.findByText('There are no changes to save.');
    const region = screen.getByRole('region', { name: /^Notifications/ });
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toContainElement(toast);
    // jsdom lays nothing out, so the offsets are read where Sonner puts them: the header's 4rem
    // (h-16 in the app shell) plus a gap, at both of Sonner's sizes (phones are 600 px and less).
    const list = toast.closest<HTMLElement>('[data-sonner-toaster]')!;
    expect(list).toHaveAttribute('data-y-position', 'top');
    expect(list.style.getPropertyValue('--offset-top')).toBe('calc(4rem + 0.75rem)');
    expect(list.style.getPropertyValue('--mobile-offset-top')).toBe('calc(4rem + 0.75rem)');
    expect(screen.getByRole('banner').firstElementChild).toHaveClass('h-16');
  });
});
