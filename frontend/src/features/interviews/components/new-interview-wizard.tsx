import { usePrefetchQuery } from '@tanstack/react-query';
import { ArrowLeft, ArrowRight, PartyPopper, Play } from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ListSkeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { ApiError, errorMessage } from '@/lib/api-error';
import { distinctJobTitle, employerOfRole } from '@/lib/job-title';

import { useCreateInterview } from '../api/create-interview';
import type { Interview } from '../api/get-interview';
import { useResumeChoices } from '../api/get-resume-choices';
import { getTemplatesQueryOptions } from '../api/get-templates';
import { useReadPastedJob } from '../api/read-pasted-job';
import { useLeaveGuard, useUnloadWarning } from '../hooks/use-leave-guard';
import { useWizardStart, type WizardOrigin } from '../hooks/use-wizard-start';
import {
  WIZARD_STEPS,
  pickedJob,
  stepErrors,
  toInterviewCreate,
  withJob,
  withPastedJob,
  type PickedJob,
  type WizardState,
  type WizardStep,
} from '../lib/wizard';
import type { WizardStart } from '../lib/wizard-prefill';
import { FormatStep } from './format-step';
import { JobStep } from './job-step';
import { ResumeStep } from './resume-step';
import { ReviewStep } from './review-step';
import { RoleStep } from './role-step';
import { WizardStepper } from './wizard-stepper';

const STEP_TITLES: Record<WizardStep, string> = {
  resume: 'Choose a resume',
  job: 'Choose the job',
  role: 'Role and seniority',
  format: 'Interview format',
  review: 'Review and create',
};

function Created({ interview }: { interview: Interview }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const count = interview.questions.length;
  const employer = employerOfRole(interview.job_title, interview.role);
  const jobTitle = distinctJobTitle(interview.job_title, interview.role);
  return (
    <section
      aria-labelledby="interview-created-heading"
      className="space-y-4 rounded-2xl border border-emerald-200 bg-emerald-50/60 p-6"
    >
      <h2
        id="interview-created-heading"
        ref={headingRef}
        tabIndex={-1}
        className="flex items-center gap-2 text-lg font-semibold text-neutral-900 focus:outline-none"
      >
        <PartyPopper aria-hidden="true" className="size-5 text-emerald-700" />
        Your interview is ready
      </h2>
      <p className="text-neutral-800">
        {count} {count === 1 ? 'question' : 'questions'} for <span className="font-medium">{interview.role}</span>
        {employer ? <> at {employer}</> : jobTitle ? <>, tailored to {jobTitle}</> : null}.
      </p>
      {interview.generator_note ? <p className="text-sm text-neutral-600">{interview.generator_note}</p> : null}
      <div className="flex flex-wrap gap-3">
        <Button asChild size="lg">
          <Link to={paths.app.interview.to(interview.id)}>
            <Play aria-hidden="true" className="size-4" />
            Start interview
          </Link>
        </Button>
        <Button asChild variant="secondary" size="lg">
          <Link to={paths.app.dashboard}>Later</Link>
        </Button>
      </div>
    </section>
  );
}

/** Why the interview could not be made: the API's message and, for invalid input, each field's problem. */
function CreateProblem({ error }: { error: Error }) {
  const details =
    error instanceof ApiError && Array.isArray(error.details)
      ? (error.details as { field?: string; message?: string }[])
      : [];
  const fields = details.filter((detail) => detail.message && detail.field);
  return (
    <ErrorAlert>
      <p className="font-medium">The interview could not be created.</p>
      <p>{errorMessage(error)}</p>
      {fields.length > 1 ? (
        <ul className="mt-1 list-disc pl-5">
          {fields.map((detail) => (
            <li key={`${detail.field}-${detail.message}`}>
              {detail.field}: {detail.message}
            </li>
          ))}
        </ul>
      ) : null}
    </ErrorAlert>
  );
}

/** Where the role shown was filled in from, while the person has not changed it. */
function prefillSource(state: WizardState, picked: PickedJob | null, pastedTitle: string | undefined) {
  if (state.roleEdited || !state.role) return undefined;
  if (picked?.title && state.role === picked.title) return `the job “${picked.title}”`;
  if (state.job.source === 'text' && state.role === pastedTitle) return 'the pasted job description';
  return undefined;
}

function Wizard({ start }: { start: WizardStart }) {
  const [initial] = useState(start.state);
  const [state, setState] = useState(initial);
  const [step, setStep] = useState<WizardStep>(start.step);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<Interview | null>(null);
  const moved = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const resumes = useResumeChoices();
  const create = useCreateInterview();
  const readPasted = useReadPastedJob();
  // The format step offers templates only when there are some: know by the time it opens.
  usePrefetchQuery(getTemplatesQueryOptions());
  const index = WIZARD_STEPS.findIndex((item) => item.key === step);
  // Choices changed and not yet made into an interview: ask before they are lost.
  const unsaved = state !== initial && created === null;
  const blocker = useLeaveGuard({ when: unsaved });
  useUnloadWarning(unsaved);
  const defaultResumeId = resumes.data?.find((resume) => resume.is_default)?.id ?? null;
  const resumeId = state.resumeId === undefined ? defaultResumeId : state.resumeId;

  // Moving between steps puts focus on the new step's heading, so screen readers announce it.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  useEffect(() => {
    if (Object.keys(errors).length > 0) bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  function goTo(next: WizardStep) {
    moved.current = true;
    setErrors({});
    setStep(next);
  }

  function onNext() {
    const found = stepErrors(step, state);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    if (step === 'job' && state.job.source === 'text' && !state.roleEdited) readPastedTitle(state.job.text);
    const next = WIZARD_STEPS[index + 1];
    if (next) goTo(next.key);
  }

  // The role step opens at once; the title read from the pasted text fills it when it comes.
  function readPastedTitle(text: string) {
    readPasted.mutate(text, { onSuccess: (pasted) => setState((current) => withPastedJob(current, text, pasted)) });
  }

  function onCreate() {
    create.mutate(toInterviewCreate(state, resumeId), { onSuccess: setCreated });
  }

  const picked = pickedJob(state.job);
  const steps: Record<WizardStep, ReactNode> = {
    resume: <ResumeStep value={resumeId} onChange={(id) => setState((current) => ({ ...current, resumeId: id }))} />,
    job: <JobStep value={state.job} errors={errors} onChange={(job) => setState((current) => withJob(current, job))} />,
    role: (
      <RoleStep
        role={state.role}
        seniority={state.seniority}
        errors={errors}
        prefilledFrom={prefillSource(state, picked, readPasted.data?.title?.trim())}
        onRoleChange={(role) => setState((current) => ({ ...current, role, roleEdited: true }))}
        onSeniorityChange={(seniority) => setState((current) => ({ ...current, seniority, seniorityEdited: true }))}
      />
    ),
    format: (
      <FormatStep
        value={state.format}
        errors={errors}
        onChange={(format) => setState((current) => ({ ...current, format }))}
      />
    ),
    review: <ReviewStep state={state} resumeId={resumeId} />,
  };

  return (
    <div className="space-y-6">
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => (open ? undefined : blocker.reset?.())}
        title="Leave without creating the interview?"
        description="The choices you made here are not saved."
        confirmLabel="Leave"
        cancelLabel="Stay"
        onConfirm={() => blocker.proceed?.()}
      />
      <WizardStepper
        current={step}
        onSelect={goTo}
        disabled={created !== null || create.isPending}
        complete={created !== null}
      />
      {created ? (
        <Created interview={created} />
      ) : (
        <section
          aria-labelledby="wizard-step-heading"
          className="space-y-6 rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm"
        >
          <div>
            <p className="text-sm font-medium text-indigo-700">
              Step {index + 1} of {WIZARD_STEPS.length}
            </p>
            <h2
              id="wizard-step-heading"
              ref={headingRef}
              tabIndex={-1}
              className="text-lg font-semibold text-neutral-900 focus:outline-none"
            >
              {STEP_TITLES[step]}
            </h2>
          </div>
          <div ref={bodyRef}>{steps[step]}</div>
          {step === 'review' && create.isError ? <CreateProblem error={create.error} /> : null}
          <div className="flex flex-wrap justify-between gap-3 border-t border-neutral-100 pt-5">
            {index > 0 ? (
              <Button
                variant="secondary"
                disabled={create.isPending}
                onClick={() => goTo(WIZARD_STEPS[index - 1]!.key)}
              >
                <ArrowLeft aria-hidden="true" className="size-4" />
                Back
              </Button>
            ) : (
              <span />
            )}
            {step === 'review' ? (
              <Button onClick={onCreate} isLoading={create.isPending}>
                {create.isPending ? 'Preparing your questions…' : 'Create interview'}
              </Button>
            ) : (
              <Button onClick={onNext}>
                Next
                <ArrowRight aria-hidden="true" className="size-4" />
              </Button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}

/**
 * Resume → job → role → format → review, then create. Opened for a job (`jobId`, `jobDescriptionId`)
 * it starts at the format with the job and role filled in; after an interview (`fromInterviewId`) it
 * starts at the review with everything as that interview had it. Earlier steps can still be changed.
 */
export function NewInterviewWizard(origin: WizardOrigin) {
  const { isPending, problem, start } = useWizardStart(origin);
  if (isPending) return <ListSkeleton rows={3} label="Loading what you chose before…" />;
  return (
    <div className="space-y-4">
      {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
      {start.note ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{start.note}</p>
      ) : null}
      <Wizard start={start} />
    </div>
  );
}
