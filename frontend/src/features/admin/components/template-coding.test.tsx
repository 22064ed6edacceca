import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { signInAsAdmin } from '@/testing/admin-session';
import { buildTemplate } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

describe('coding problems in a template', () => {
  it('adds coding problems to a template’s mix, checking the count first', async () => {
    signInAsAdmin();
    const template = buildTemplate({ name: 'Coding loop', coding_problems: 2 });
    interviewDb.addTemplates(template);
    const updates = recordJsonBodies('PATCH', `/api/templates/${template.id}`);
    const { user } = renderApp('/app/admin/templates');

    const row = (await screen.findByRole('cell', { name: /Coding loop/ }, { timeout: 15_000 })).closest('tr')!;
    expect(row).toHaveTextContent('· 2 coding');
    await user.click(within(row).getByRole('button', { name: 'Edit template Coding loop' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit template' }));
    expect(dialog.getByLabelText('Coding problems')).toHaveValue(2);
    await user.clear(dialog.getByLabelText('Coding problems'));
    await user.type(dialog.getByLabelText('Coding problems'), '4');
    await user.click(dialog.getByRole('button', { name: 'Save template' }));
    expect(await dialog.findByText('Use at most 3.')).toBeInTheDocument();
    expect(updates).toEqual([]);

    await user.clear(dialog.getByLabelText('Coding problems'));
    await user.type(dialog.getByLabelText('Coding problems'), '3');
    await user.click(dialog.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Saved the template “Coding loop”.')).toBeInTheDocument();
    expect(updates[0]).toMatchObject({ coding_problems: 3 });
  });

  it('shows the API’s validation errors beside their fields', async () => {
    signInAsAdmin();
    server.use(
      http.post('/api/templates', () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_error',
              message: 'coding_problems: Input should be less than or equal to 3',
              details: [
                {
                  field: 'coding_problems',
                  message: 'Input should be less than or equal to 3',
                  type: 'less_than_equal',
                },
              ],
            },
          },
          { status: 422 },
        ),
      ),
    );
    const { user } = renderApp('/app/admin/templates');
    await user.click(await screen.findByRole('button', { name: 'New template' }, { timeout: 15_000 }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New template' }));
    await user.type(dialog.getByLabelText('Name'), 'Graduate screen');
    await user.clear(dialog.getByLabelText('Coding problems'));
    await user.type(dialog.getByLabelText('Coding problems'), '1');
    await user.click(dialog.getByRole('button', { name: 'Add template' }));

    expect(await dialog.findByText('Input should be less than or equal to 3')).toBeInTheDocument();
    expect(dialog.getByLabelText('Coding problems')).toHaveAttribute('aria-invalid', 'true');
  });
});
