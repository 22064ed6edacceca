import { screen, waitFor, within } from '@testing-library/react';

import { buildResume } from '@/testing/factories';
import { db } from '@/testing/mock-db';
import { recordRequests } from '@/testing/request-log';
import { renderApp, signIn } from '@/testing/test-utils';

function seedResumes() {
  const { account } = signIn();
  const older = db.addResume(account.email, buildResume({ filename: 'old-cv.pdf' }));
  const newer = db.addResume(
    account.email,
    buildResume({ filename: 'new-cv.docx', file_format: 'docx', page_count: 1 }),
  );
  return { older, newer };
}

async function resumeItem(filename: string) {
  const link = await screen.findByRole('link', { name: filename });
  const item = link.closest('li');
  if (!item) throw new Error(`${filename} is not in a list item`);
  return item;
}

describe('resume list', () => {
  it('lists my resumes newest first with their details and a link to each profile', async () => {
    const { older } = seedResumes();
    renderApp('/app/resumes');

    const region = await screen.findByRole('region', { name: 'My resumes' });
    const links = await within(region).findAllByRole('link', { name: /^\w+-cv\.(pdf|docx)$/ });
    expect(links.map((link) => link.textContent)).toEqual(['new-cv.docx', 'old-cv.pdf']);
    const oldItem = await resumeItem('old-cv.pdf');
    expect(oldItem).toHaveTextContent('Default');
    expect(oldItem).toHaveTextContent('pdf · 2 pages · 47 KB · Uploaded Mar 12, 2025');
    expect(within(oldItem).getByRole('link', { name: 'View profile of old-cv.pdf' })).toHaveAttribute(
      'href',
      `/app/resumes/${older.id}`,
    );
    expect(within(oldItem).queryByRole('button', { name: /as default/ })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Resumes · Rehearse'));
  });

  it('makes another resume the default', async () => {
    seedResumes();
    const { user } = renderApp('/app/resumes');

    await user.click(
      within(await resumeItem('new-cv.docx')).getByRole('button', { name: 'Set new-cv.docx as default' }),
    );

    expect(await screen.findByText('new-cv.docx is now your default resume.')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(screen.getByRole('link', { name: 'new-cv.docx' }).closest('li')!).getByText('Default'),
      ).toBeInTheDocument(),
    );
    const oldItem = await resumeItem('old-cv.pdf');
    expect(within(oldItem).queryByText('Default')).not.toBeInTheDocument();
    expect(within(oldItem).getByRole('button', { name: 'Set old-cv.pdf as default' })).toBeInTheDocument();
  });

  it('deletes a resume only after confirming', async () => {
    seedResumes();
    const deletes = recordRequests('/api/resumes/' + db.listResumes('ada@example.com')[1]!.id);
    const { user } = renderApp('/app/resumes');

    await user.click(within(await resumeItem('old-cv.pdf')).getByRole('button', { name: 'Delete old-cv.pdf' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Delete old-cv.pdf?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(deletes).toEqual([]);
    expect(screen.getByRole('link', { name: 'old-cv.pdf' })).toBeInTheDocument();

    await user.click(within(await resumeItem('old-cv.pdf')).getByRole('button', { name: 'Delete old-cv.pdf' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Delete old-cv.pdf?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete resume' }));

    expect(await screen.findByText('old-cv.pdf was deleted.')).toBeInTheDocument();
    expect(deletes).toEqual(['DELETE']);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'old-cv.pdf' })).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    // The server moved the default to the remaining resume.
    expect(await within(await resumeItem('new-cv.docx')).findByText('Default')).toBeInTheDocument();
  });

  it('says so when there are no resumes', async () => {
    signIn();
    renderApp('/app/resumes');
    expect(await screen.findByText('No resumes yet')).toBeInTheDocument();
  });
});
