import { screen, within } from '@testing-library/react';
import { http } from 'msw';

import { sentMails } from '@/testing/account-handlers';
import { errorResponse } from '@/testing/http';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { createTestUser, renderApp } from '@/testing/test-utils';

const ASKED = /If an account uses this email, a link to choose a new password is on its way/;

async function openFromSignIn() {
  const asks = recordJsonBodies('POST', '/api/auth/password-reset');
  const view = renderApp('/login');
  await view.user.click(await screen.findByRole('link', { name: 'Forgot password?' }));
  await screen.findByRole('heading', { name: 'Forgot your password?' });
  return { ...view, asks, form: screen.getByRole('form', { name: 'Ask for a reset link' }) };
}

beforeEach(() => {
  sentMails.length = 0;
});

describe('forgot password form', () => {
  it('is reached from sign-in and checks the address before sending', async () => {
    const { user, asks, form } = await openFromSignIn();

    await user.click(within(form).getByRole('button', { name: 'Send reset link' }));
    const email = within(form).getByLabelText('Email');
    expect(await within(form).findByText('Enter your email address.')).toBeInTheDocument();
    expect(email).toHaveFocus();
    await user.type(email, 'not-an-email');
    await user.click(within(form).getByRole('button', { name: 'Send reset link' }));
    expect(await within(form).findByText(/Enter a valid email address/)).toBeInTheDocument();
    expect(asks).toEqual([]);
  });

  it('says the same thing for an address with or without an account, once, in a live region', async () => {
    createTestUser();
    const { user, asks, form } = await openFromSignIn();

    await user.type(within(form).getByLabelText('Email'), 'ada@example.com');
    await user.click(within(form).getByRole('button', { name: 'Send reset link' }));

    const status = within(form).getByRole('status');
    expect(await within(status).findByText(ASKED)).toHaveTextContent('Look in your inbox for ada@example.com.');
    expect(screen.getAllByText(ASKED)).toHaveLength(1);
    expect(asks).toEqual([{ email: 'ada@example.com' }]);
    expect(sentMails.map((mail) => mail.to)).toEqual(['ada@example.com']);

    await user.clear(within(form).getByLabelText('Email'));
    await user.type(within(form).getByLabelText('Email'), 'nobody@example.com');
    await user.click(within(form).getByRole('button', { name: 'Send another link' }));
    expect(await within(status).findByText(/Look in your inbox for nobody@example.com/)).toHaveTextContent(ASKED);
    expect(sentMails).toHaveLength(1);
  });

  it('shows a refusal once, above the form', async () => {
    const message = 'Too many password reset links were asked for this email. Try again in about 15 minute(s).';
    server.use(http.post('/api/auth/password-reset', () => errorResponse(429, 'too_many_attempts', message)));
    const { user, form } = await openFromSignIn();

    await user.type(within(form).getByLabelText('Email'), 'ada@example.com');
    await user.click(within(form).getByRole('button', { name: 'Send reset link' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(message);
    expect(screen.getAllByText(message)).toHaveLength(1);
    expect(within(form).getByRole('status')).toBeEmptyDOMElement();
  });
});
