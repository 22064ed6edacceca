import { BarChart3, FileText, MessageSquareText, Video, type LucideIcon } from 'lucide-react';
import { Link } from 'react-router';

import { Logo } from '@/components/layout/logo';
import { PageTitle } from '@/components/layout/page-title';
import { MAIN_CONTENT_ID, SkipLink } from '@/components/layout/skip-link';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useIsAuthenticated } from '@/features/auth/hooks/use-is-authenticated';

interface Feature {
  icon: LucideIcon;
  title: string;
  text: string;
}

const features: Feature[] = [
  {
    icon: FileText,
    title: 'Tailored to you',
    text: 'Questions built from your resume and the job you want, not a generic list.',
  },
  {
    icon: MessageSquareText,
    title: 'An interviewer that speaks',
    text: 'An avatar asks each question aloud and follows up, like a real interview.',
  },
  {
    icon: Video,
    title: 'Answer on camera',
    text: 'Practise out loud and on video, under the same pressure as the real thing.',
  },
  {
    icon: BarChart3,
    title: 'A report you can act on',
    text: 'Scores per competency, evidence quoted from your answers and delivery analytics.',
  },
];

function Actions({ size }: { size: 'md' | 'lg' }) {
  const isAuthenticated = useIsAuthenticated();
  if (isAuthenticated) {
    return (
      <Button asChild size={size}>
        <Link to={paths.app.dashboard}>Go to your dashboard</Link>
      </Button>
    );
  }
  return (
    <>
      <Button asChild size={size}>
        <Link to={paths.register}>Sign up</Link>
      </Button>
      <Button asChild size={size} variant="secondary">
        <Link to={paths.login}>Sign in</Link>
      </Button>
    </>
  );
}

export default function LandingRoute() {
  return (
    <div className="min-h-dvh bg-white">
      <PageTitle />
      <SkipLink />
      <header className="mx-auto flex max-w-6xl items-center justify-between px-4 py-6 sm:px-6">
        <Logo />
        <nav aria-label="Account" className="flex items-center gap-2">
          <Actions size="md" />
        </nav>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="focus:outline-none">
        <section className="mx-auto max-w-4xl px-4 pt-16 pb-20 text-center sm:px-6 sm:pt-24">
          <p className="text-sm font-semibold tracking-wide text-indigo-600 uppercase">AI mock interviews</p>
          <h1 className="mt-3 text-4xl font-semibold tracking-tight text-balance text-neutral-900 sm:text-6xl">
            Rehearse the interview before it counts
          </h1>
          <p className="mx-auto mt-6 max-w-2xl text-lg text-pretty text-neutral-600">
            Upload your resume, add the job you are after, and practise with an interviewer that asks tailored
            questions aloud. Answer on camera, then get a report with scores, evidence and delivery analytics.
          </p>
          <div className="mt-10 flex flex-wrap justify-center gap-3">
            <Actions size="lg" />
          </div>
        </section>
        <section aria-labelledby="features-heading" className="border-t border-neutral-100 bg-neutral-50">
          <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6">
            <h2 id="features-heading" className="text-center text-2xl font-semibold tracking-tight text-neutral-900">
              How Rehearse helps you prepare
            </h2>
            <ul className="mt-12 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
              {features.map(({ icon: Icon, title, text }) => (
                <li key={title} className="rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm">
                  <span className="grid size-10 place-items-center rounded-lg bg-indigo-50 text-indigo-600">
                    <Icon aria-hidden="true" className="size-5" />
                  </span>
                  <h3 className="mt-4 font-semibold text-neutral-900">{title}</h3>
                  <p className="mt-2 text-sm text-neutral-600">{text}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>
      </main>
      <footer className="border-t border-neutral-100 py-8 text-center text-sm text-neutral-500">
        Rehearse is open source and self-hostable: your data stays on your server.
      </footer>
    </div>
  );
}
