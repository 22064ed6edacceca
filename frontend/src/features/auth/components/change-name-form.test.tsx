import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';

import { errorResponse } from '@/testing/http';
import { db } from '@/testing/mock-db';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

async function openSettings() {
  signIn();
  const patches = recordJsonBodies('PATCH', '/api/auth/me');
  const view = renderApp('/app/settings');
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
  return { ...view, patches, form: screen.getByRole('form', { name: 'Change name' }) };
}

describe('change name form', () => {
  it('is reached from the main navigation and shows the current name', async () => {
    const { form } = await openSettings();

    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('region', { name: 'Name' })).toContainElement(form);
    expect(within(form).getByLabelText('Full name')).toHaveValue('Ada Lovelace');
    expect(screen.getByText('ada@example.com')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Settings · Rehearse'));
  });

  it('saves the new name and the top bar shows it', async () => {
    const { user, patches, form } = await openSettings();
    const name = within(form).getByLabelText('Full name');

    await user.clear(name);
    await user.type(name, '  Ada King  {Enter}');

    expect(await screen.findByText('Your name is saved.')).toBeInTheDocument();
    expect(patches).toEqual([{ full_name: 'Ada King' }]);
    expect(screen.getByRole('banner')).toHaveTextContent('Ada King');
    expect(screen.getByRole('banner')).not.toHaveTextContent('Ada Lovelace');
    expect(name).toHaveValue('Ada King');
    expect(db.findUser('ada@example.com')?.full_name).toBe('Ada King');
  });

  it('checks the name before sending, and sends nothing when it did not change', async () => {
    const { user, patches, form } = await openSettings();
    const name = within(form).getByLabelText('Full name');

    await user.clear(name);
    await user.click(within(form).getByRole('button', { name: 'Save name' }));
    expect(await within(form).findByText('Enter your full name.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter your full name.');
    expect(name).toHaveFocus();

    await user.type(name, 'Ada Lovelace');
    await user.click(within(form).getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('There are no changes to save.')).toBeInTheDocument();
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(patches).toEqual([]);
  });

  it('shows a spinner while saving, then the server error once, in the form', async () => {
    server.use(
      http.patch('/api/auth/me', async () => {
        await delay(50);
        return errorResponse(500, 'internal_error', 'The server ran into a problem. Please try again.');
      }),
    );
    const { user, form } = await openSettings();

    await user.clear(within(form).getByLabelText('Full name'));
    await user.type(within(form).getByLabelText('Full name'), 'Ada King');
    await user.click(within(form).getByRole('button', { name: 'Save name' }));

    const button = await within(form).findByRole('button', { name: 'Saving…' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The server ran into a problem. Please try again.',
    );
    expect(screen.getAllByText('The server ran into a problem. Please try again.')).toHaveLength(1);
    expect(screen.getByRole('banner')).toHaveTextContent('Ada Lovelace');
  });
});
