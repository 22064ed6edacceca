import { ArrowRight, Check } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Logo } from '@/components/layout/logo';
import { PageTitle } from '@/components/layout/page-title';
import { MAIN_CONTENT_ID, SkipLink } from '@/components/layout/skip-link';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';

import { HERO_IMAGE, SELF_HOSTING, SHOWCASES, STEPS, type Showcase } from '../content';
import { Screenshot } from './screenshot';

import '../landing.css';

function Actions({ signedIn, className }: { signedIn: boolean; className?: string }) {
  if (signedIn) {
    return (
      <div className={cn('flex flex-wrap gap-3', className)}>
        <Link to={paths.app.dashboard} className="cta cta-primary">
          Go to your dashboard
          <ArrowRight aria-hidden="true" className="size-4" />
        </Link>
      </div>
    );
  }
  return (
    <div className={cn('flex flex-wrap gap-3', className)}>
      <Link to={paths.register} className="cta cta-primary">
        Sign up
      </Link>
      <Link to={paths.login} className="cta cta-secondary">
        Sign in
      </Link>
    </div>
  );
}

function Section({
  id,
  label,
  children,
  className,
}: {
  id: string;
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={cn('px-5 py-[var(--space-section)] sm:px-8', className)}>
      <div className="mx-auto max-w-6xl">
        <h2 id={id} className="sr-only">
          {label}
        </h2>
        {children}
      </div>
    </section>
  );
}

function ShowcaseRow({ showcase, flip }: { showcase: Showcase; flip: boolean }) {
  const headingId = `showcase-${showcase.id}`;
  return (
    <article aria-labelledby={headingId} className="grid items-center gap-8 lg:grid-cols-12 lg:gap-12">
      <div className={cn('lg:col-span-5', flip && 'lg:order-2')}>
        <p className="eyebrow">{showcase.eyebrow}</p>
        <h3 id={headingId} className="display mt-3 text-[length:var(--step-3)]">
          {showcase.title}
        </h3>
        <p className="mt-4 text-[length:var(--step-1)] text-[var(--ink-soft)]">{showcase.text}</p>
        <ul className="mt-6 space-y-2">
          {showcase.points.map((point) => (
            <li key={point} className="flex gap-3">
              <Check aria-hidden="true" className="mt-1 size-4 shrink-0 text-[var(--sea)]" />
              {point}
            </li>
          ))}
        </ul>
      </div>
      <Screenshot src={showcase.image.src} alt={showcase.image.alt} className="lg:col-span-7" />
    </article>
  );
}

export function LandingPage({ signedIn }: { signedIn: boolean }) {
  return (
    <div className="landing min-h-dvh overflow-x-clip">
      <PageTitle />
      <SkipLink />
      <header className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-5 py-5 sm:px-8">
        <Logo />
        <nav aria-label="Account">
          <Actions signedIn={signedIn} className="cta-compact gap-2" />
        </nav>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="focus:outline-none">
        <div className="px-5 pt-10 pb-[var(--space-section)] sm:px-8 sm:pt-16">
          <div className="mx-auto grid max-w-6xl items-center gap-12 lg:grid-cols-12">
            <div className="lg:col-span-5">
              <p className="eyebrow">AI mock interviews you can host yourself</p>
              <h1 className="display mt-4 text-[length:var(--step-4)] text-balance">
                Rehearse the interview before it counts
              </h1>
              <p className="mt-6 max-w-xl text-[length:var(--step-1)] text-pretty text-[var(--ink-soft)]">
                Practise with an interviewer that reads your resume and the job, asks aloud and follows up. Then read a
                report that quotes your answers back to you, and keep going until the real day.
              </p>
              <Actions signedIn={signedIn} className="mt-8" />
            </div>
            <Screenshot src={HERO_IMAGE.src} alt={HERO_IMAGE.alt} eager className="lg:col-span-7 lg:rotate-[0.6deg]" />
          </div>
        </div>

        <Section id="how-heading" label="How it works" className="bg-[var(--ink)] text-[var(--paper)]">
          <p className="eyebrow !text-[var(--coral-soft)]">How it works</p>
          <p className="display mt-3 max-w-2xl text-[length:var(--step-3)]">
            Three steps from a resume to a better answer
          </p>
          <ol className="mt-12 grid gap-10 md:grid-cols-3">
            {STEPS.map((step, index) => (
              <li key={step.title} className="border-t border-white/20 pt-6">
                <span aria-hidden="true" className="display text-[length:var(--step-3)] text-[var(--coral-soft)]">
                  {String(index + 1).padStart(2, '0')}
                </span>
                <h3 className="mt-3 text-[length:var(--step-2)] font-semibold">{step.title}</h3>
                <p className="mt-2 text-white/75">{step.text}</p>
              </li>
            ))}
          </ol>
        </Section>

        <Section id="features-heading" label="What you get">
          <div className="space-y-[var(--space-section)]">
            {SHOWCASES.map((showcase, index) => (
              <ShowcaseRow key={showcase.id} showcase={showcase} flip={index % 2 === 1} />
            ))}
          </div>
        </Section>

        <Section id="self-hosting-heading" label="Self-hosted, offline and private" className="bg-[var(--paper-deep)]">
          <p className="eyebrow">Self-hosted, offline, private</p>
          <p className="display mt-3 max-w-2xl text-[length:var(--step-3)]">Your practice stays yours</p>
          <ul className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {SELF_HOSTING.map((point) => (
              <li key={point.title} className="rounded-2xl border border-[var(--line)] bg-[var(--paper)] p-6">
                <h3 className="text-[length:var(--step-1)] font-semibold">{point.title}</h3>
                <p className="mt-2 text-[var(--ink-soft)]">{point.text}</p>
              </li>
            ))}
          </ul>
        </Section>

        <Section id="start-heading" label="Start practising">
          <div className="rounded-3xl bg-[var(--coral-soft)] px-6 py-12 text-center sm:px-12">
            <p className="display text-[length:var(--step-3)] text-balance">Your next interview is a rehearsal away</p>
            <p className="mx-auto mt-3 max-w-xl text-[var(--ink-soft)]">
              An account takes a minute. No card, no cloud account needed.
            </p>
            <Actions signedIn={signedIn} className="mt-8 justify-center" />
          </div>
        </Section>
      </main>
      <footer className="border-t border-[var(--line)] px-5 py-8 text-center text-sm text-[var(--ink-soft)]">
        Rehearse is open source and self-hostable: your data stays on your server.
      </footer>
    </div>
  );
}
