import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { buildResume } from '@/testing/factories';
import { authenticate } from '@/testing/http';
import { db } from '@/testing/mock-db';
import { recordRequests } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

async function openResumes() {
  const view = renderApp('/app/resumes');
  expect(await screen.findByRole('heading', { name: 'Resumes', level: 1 })).toBeInTheDocument();
  expect(await screen.findByText('No resumes yet')).toBeInTheDocument();
  return view;
}

describe('resume upload', () => {
  it('shows the upload progress, then "Analysing…", then the new resume', async () => {
    signIn();
    // The server answers only when told to, and sends its body later still (while it "parses").
    const answer = gate();
    const body = gate();
    server.use(
      http.post('/api/resumes', async ({ request }) => {
        const { user, response } = authenticate(request);
        if (response) return response;
        const file = (await request.formData()).get('file') as File;
        expect(await file.text()).toContain('Skills: Python');
        await answer.opened;
        // jsdom's FormData loses the file name on its way into MSW; the real server keeps it.
        const resume = db.addResume(user.email, buildResume({ filename: 'ada.txt', file_format: 'txt' }));
        const stream = new ReadableStream({
          async start(controller) {
            await body.opened;
            controller.enqueue(new TextEncoder().encode(JSON.stringify(resume)));
            controller.close();
          },
        });
        return new HttpResponse(stream, { status: 201, headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const { user } = await openResumes();

    await user.upload(
      screen.getByLabelText('Resume file'),
      new File(['Ada Lovelace\nSkills: Python'], 'ada.txt', { type: 'text/plain' }),
    );

    const progress = await screen.findByRole('progressbar', { name: 'Uploading ada.txt' });
    expect(progress).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByText('Uploading… 0%')).toBeInTheDocument();
    expect(screen.getByText('Uploading ada.txt…')).toHaveAttribute('aria-live', 'polite');

    answer.open();
    expect(await screen.findByText('Analysing…')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    body.open();
    expect(
      await screen.findByText('ada.txt is uploaded and analysed.', { selector: '[data-title]' }),
    ).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'My resumes' });
    expect(await within(list).findByRole('link', { name: 'ada.txt' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/app\/resumes\//),
    );
    expect(screen.getByRole('button', { name: 'Choose file' })).toBeInTheDocument();
  });

  it('shows the server’s message when it refuses the file type', async () => {
    signIn();
    const { user } = await openResumes();

    // Named .pdf, but the server decides by content.
    await user.upload(
      screen.getByLabelText('Resume file'),
      new File(['\u0089PNG\r\n'], 'scan.pdf', { type: 'application/pdf' }),
    );

    // Said once, on the page beside the upload, until the next attempt.
    const upload = screen.getByRole('region', { name: 'Upload a resume' });
    expect(await within(upload).findByRole('alert')).toHaveTextContent(
      'scan.pdf could not be uploaded: This file is not a PDF, DOCX or text document.',
    );
    expect(screen.getAllByText(/This file is not a PDF, DOCX or text document\./)).toHaveLength(1);
    expect(screen.getByText('No resumes yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose file' })).toBeEnabled();

    await user.upload(
      screen.getByLabelText('Resume file'),
      new File(['Ada Lovelace\nSkills: Python'], 'ada.txt', { type: 'text/plain' }),
    );
    expect(await within(screen.getByRole('region', { name: 'My resumes' })).findAllByRole('link')).not.toHaveLength(0);
    expect(within(upload).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a file over 10 MB without sending it', async () => {
    signIn();
    const uploads = recordRequests('/api/resumes');
    const { user } = await openResumes();

    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('Resume file'), big);

    expect(await screen.findByRole('alert')).toHaveTextContent(/huge\.pdf is 10 MB; resumes can be at most 10 MB\./);
    expect(uploads.filter((method) => method === 'POST')).toEqual([]);
  });
});
