import { useQuery } from '@tanstack/react-query';

import { useEarlierCoding } from '../api/get-earlier-coding';
import { getInterviewQueryOptions } from '../api/get-interview';
import { useJobChoice } from '../api/get-job-choice';
import { getJobDescriptionChoicesQueryOptions } from '../api/get-job-description-choices';
import { toPickedJob } from '../lib/wizard';
import { forSession, fresh, startForJob, startFrom, toSavedPickedJob, type WizardStart } from '../lib/wizard-prefill';

export interface WizardOrigin {
  /** "Practise for this job" from a catalog job's page. */
  jobId: string | null;
  /** "Practise for this job" from a saved job description. */
  jobDescriptionId: string | null;
  /** "Practise again" after an interview. */
  fromInterviewId: string | null;
  /** A practice plan's session (`short`, `full_mock`, `coding`): its format, filled in. */
  session?: string | null;
}

export interface WizardStartResult {
  isPending: boolean;
  /** What could not be loaded, to say so; the wizard then starts with what it has. */
  problem: string | null;
  start: WizardStart;
}

/** The wizard's first step and answers, from where it was opened. */
export function useWizardStart(origin: WizardOrigin): WizardStartResult {
  const result = useWizardStartFromJob(origin);
  return origin.session ? { ...result, start: forSession(result.start, origin.session) } : result;
}

function useWizardStartFromJob({ jobId, jobDescriptionId, fromInterviewId }: WizardOrigin): WizardStartResult {
  const earlier = useQuery({ ...getInterviewQueryOptions(fromInterviewId ?? ''), enabled: Boolean(fromInterviewId) });
  const catalogJobId = jobId ?? earlier.data?.job_id ?? null;
  const savedJobId = jobDescriptionId ?? earlier.data?.job_description_id ?? null;
  const catalogJob = useJobChoice(catalogJobId);
  const descriptions = useQuery({ ...getJobDescriptionChoicesQueryOptions(), enabled: Boolean(savedJobId) });
  const saved = descriptions.data?.find((description) => description.id === savedJobId);
  const codingQuestionId = earlier.data?.questions.find((question) => question.category === 'coding')?.id ?? null;
  // Its language and difficulty only: without them the round is still repeated, in the defaults.
  const coding = useEarlierCoding(fromInterviewId, codingQuestionId);
  const waiting =
    (Boolean(fromInterviewId) && earlier.isPending) ||
    (Boolean(catalogJobId) && catalogJob.isPending) ||
    (Boolean(savedJobId) && descriptions.isPending) ||
    (Boolean(codingQuestionId) && coding.isPending);
  if (waiting) return { isPending: true, problem: null, start: fresh() };

  const job = catalogJob.data ? toPickedJob(catalogJob.data) : saved ? toSavedPickedJob(saved) : null;
  if (fromInterviewId) {
    if (!earlier.data)
      return {
        isPending: false,
        problem: 'We could not load that interview. Set this one up below instead.',
        start: fresh(),
      };
    return { isPending: false, problem: null, start: startFrom(earlier.data, job, coding.data ?? null) };
  }
  if (job) return { isPending: false, problem: null, start: startForJob(job, catalogJob.data ? 'catalog' : 'saved') };
  const asked = jobId ?? jobDescriptionId;
  return {
    isPending: false,
    problem: asked ? 'We could not load that job. Choose a job below instead.' : null,
    start: fresh(),
  };
}
