import { CheckCircle2, Circle, X } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { firstRun } from '@/lib/first-run';

import { useChecklist } from '../api/get-checklist';

type Step = { key: string; label: string; hint: string; to: string; done: boolean };

function steps(done: { resume: boolean; job: boolean; interview: boolean; review: boolean }): Step[] {
  return [
    {
      key: 'resume',
      label: 'Add your resume',
      hint: 'Questions are drawn from your skills.',
      to: paths.app.resumes,
      done: done.resume,
    },
    {
      key: 'job',
      label: 'Choose the job you want',
      hint: 'Pick one from the catalogue or paste a job description.',
      to: paths.app.jobs,
      done: done.job,
    },
    {
      key: 'interview',
      label: 'Finish a mock interview',
      hint: 'Answer on camera, by voice or typed.',
      to: paths.app.newInterview.to(),
      done: done.interview,
    },
    {
      key: 'review',
      label: 'Review your report',
      hint: 'Scores with the evidence behind them, and what to practise next.',
      to: paths.app.dashboard,
      done: done.review,
    },
  ];
}

/** The steps to a first report, until they are all done or the candidate hides the list. */
export function FirstRunChecklist({ userId }: { userId: string }) {
  const checklist = useChecklist();
  const [hidden, setHidden] = useState(() => firstRun.hidden(userId));
  if (hidden || !checklist.data) return null;
  const list = steps({ ...checklist.data, review: checklist.data.interview && firstRun.reviewed(userId) });
  const doneCount = list.filter((step) => step.done).length;
  if (doneCount === list.length) return null;
  return (
    <section
      aria-labelledby="first-run-heading"
      className="mb-8 rounded-2xl border border-indigo-100 bg-indigo-50/60 p-5"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 id="first-run-heading" className="text-base font-semibold text-neutral-900">
            Get started
          </h2>
          <p className="text-sm text-neutral-600">
            {doneCount} of {list.length} steps done
          </p>
        </div>
        <Button
          variant="ghost"
          size="sm"
          aria-label="Hide the getting started list"
          onClick={() => {
            firstRun.hide(userId);
            setHidden(true);
          }}
        >
          <X aria-hidden="true" className="size-4" />
        </Button>
      </div>
      <ol className="mt-4 grid gap-3 sm:grid-cols-2">
        {list.map((step) => (
          <li key={step.key} className="flex gap-3 rounded-xl bg-white p-3 shadow-sm">
            {step.done ? (
              <CheckCircle2 aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-emerald-600" />
            ) : (
              <Circle aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-neutral-400" />
            )}
            <div className="min-w-0">
              {step.done ? (
                <p className="font-medium text-neutral-500 line-through">
                  {step.label}
                  <span className="sr-only"> (done)</span>
                </p>
              ) : (
                <p className="font-medium">
                  <Link to={step.to} className="text-indigo-700 hover:underline">
                    {step.label}
                  </Link>
                </p>
              )}
              <p className="text-sm text-neutral-600">{step.hint}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
