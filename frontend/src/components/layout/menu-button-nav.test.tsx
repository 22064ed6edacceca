import { screen, within } from '@testing-library/react';

import { renderApp, signIn } from '@/testing/test-utils';

async function openMenu() {
  signIn();
  const view = renderApp('/app');
  const button = await screen.findByRole('button', { name: 'Menu' }, { timeout: 10_000 });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await view.user.click(button);
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '')!;
  return { ...view, button, panel };
}

describe('menu button (narrow screens)', () => {
  it('opens the navigation with focus on its first link, and Escape closes it back to the button', async () => {
    const { user, button, panel } = await openMenu();

    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    const nav = within(panel).getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Dashboard', 'Interviews', 'Resumes', 'Jobs', 'Job descriptions', 'Plan', 'Settings']);
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveFocus();
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    expect(button).toHaveFocus();
  });

  it('closes when a link is followed, and on a click outside', async () => {
    const { user, router, button, panel } = await openMenu();

    await user.click(within(panel).getByRole('link', { name: 'Jobs' }));
    expect(await screen.findByRole('heading', { name: 'Jobs', level: 1 }, { timeout: 10_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/jobs');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();

    await user.click(button);
    expect(panel).toBeVisible();
    await user.click(document.body);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
