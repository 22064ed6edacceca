import type { ReactNode } from 'react';

import { useResumeChoices } from '../api/get-resume-choices';
import { useTemplates } from '../api/get-templates';
import { SENIORITY_LABELS, formatDuration } from '../lib/labels';
import { pickedJob, templateQuestionCount, type WizardState } from '../lib/wizard';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-neutral-600">{term}</dt>
      <dd className="text-sm text-neutral-900 sm:col-span-2">{children}</dd>
    </div>
  );
}

function jobSummary(state: WizardState) {
  const picked = pickedJob(state.job);
  if (picked) {
    const title = picked.title || 'Untitled job description';
    return picked.detail ? `${title} (${picked.detail})` : title;
  }
  if (state.job.source === 'text') return `Pasted description (${state.job.text.trim().length} characters)`;
  return 'No particular job';
}

/** Everything the interview will be made from, and how many questions it will have. */
export function ReviewStep({ state, resumeId }: { state: WizardState; resumeId: string | null }) {
  const resumes = useResumeChoices();
  const templates = useTemplates();
  const resume = resumes.data?.find((item) => item.id === resumeId);
  const template = state.format.mode === 'template' ? templates.data?.find((item) => item.id === state.format.templateId) : undefined;
  const questionCount = template ? templateQuestionCount(template) : state.format.questionCount;
  const time = template ? template.time_per_question_s : state.format.timePerQuestionS;
  const followUps = template ? template.follow_ups : state.format.followUps;

  return (
    <dl className="divide-y divide-neutral-100">
      <Row term="Resume">{resumeId ? (resume?.filename ?? 'Your resume') : 'No resume'}</Row>
      <Row term="Job">{jobSummary(state)}</Row>
      <Row term="Role">{state.role.trim()}</Row>
      <Row term="Seniority">{state.seniority ? SENIORITY_LABELS[state.seniority] : 'Not specified'}</Row>
      {template ? <Row term="Template">{template.name}</Row> : null}
      <Row term="Questions">
        {questionCount} {questionCount === 1 ? 'question' : 'questions'}
      </Row>
      <Row term="Time per question">{formatDuration(time)}</Row>
      <Row term="Follow-up questions">{followUps ? 'Yes, when an answer needs more depth' : 'No'}</Row>
    </dl>
  );
}
