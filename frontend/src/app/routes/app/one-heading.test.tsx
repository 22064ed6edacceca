import { screen } from '@testing-library/react';

import { paths } from '@/config/paths';
import { renderApp, signIn } from '@/testing/test-utils';

// Every page names itself with exactly one h1 (screen readers list pages by it).
const PAGES: [string, RegExp][] = [
  [paths.app.dashboard, /Welcome/],
  [paths.app.interviews, /Interviews/],
  [paths.app.newInterview.pattern, /New interview/],
  [paths.app.deviceCheck, /Camera and microphone check/],
  [paths.app.resumes, /Resumes/],
  [paths.app.jobs, /Jobs/],
  [paths.app.jobDescriptions, /Job descriptions/],
  [paths.app.settings, /Settings/],
];

describe('one h1 per page', () => {
  it.each(PAGES)('%s has exactly one h1', async (path, name) => {
    signIn();
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name }, { timeout: 15_000 })).toBeInTheDocument();
    // And once the page's data has loaded (the mock API answers within a few ms).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});

describe('the device check page', () => {
  it('says what it checks once, in its title', async () => {
    signIn();
    renderApp(paths.app.deviceCheck);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Camera and microphone check' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { name: /camera and microphone/i })).toHaveLength(1);
  });
});
