import type { ReactNode } from 'react';

import { useResumeChoices } from '../api/get-resume-choices';
import { useTemplates } from '../api/get-templates';
import { DIFFICULTY_LABELS, LANGUAGE_LABELS, SENIORITY_LABELS, formatDuration } from '../lib/labels';
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
    return picked.detail ? `${title} · ${picked.detail}` : title;
  }
  if (state.job.source === 'text') return `Pasted description (${state.job.text.trim().length} characters)`;
  return 'No particular job';
}

/** Everything the interview will be made from, and how many questions it will have. */
export function ReviewStep({ state, resumeId }: { state: WizardState; resumeId: string | null }) {
  const resumes = useResumeChoices();
  const templates = useTemplates();
  const resume = resumes.data?.find((item) => item.id === resumeId);
  const { round, coding } = state.format;
  const template =
    state.format.mode === 'template' && round !== 'coding'
      ? templates.data?.find((item) => item.id === state.format.templateId)
      : undefined;
  const questionCount =
    round === 'coding' ? 0 : template ? templateQuestionCount(template) : state.format.questionCount;
  // Asked for, or the template's own.
  const problems = round === 'talking' ? (template?.coding_problems ?? 0) : coding.problems;
  const time = template ? template.time_per_question_s : state.format.timePerQuestionS;
  const followUps = template ? template.follow_ups : state.format.followUps;

  return (
    <dl className="divide-y divide-neutral-100">
      <Row term="Resume">{resumeId ? (resume?.filename ?? 'Your resume') : 'No resume'}</Row>
      <Row term="Job">{jobSummary(state)}</Row>
      <Row term="Role">{state.role.trim()}</Row>
      <Row term="Seniority">{state.seniority ? SENIORITY_LABELS[state.seniority] : 'Not specified'}</Row>
      {template ? <Row term="Template">{template.name}</Row> : null}
      <Row term="Round">
        {round === 'coding' ? 'Coding round' : round === 'mixed' ? 'Mixed (coding + talking)' : 'Talking questions'}
      </Row>
      {round !== 'coding' ? (
        <Row term="Questions">
          {questionCount} {questionCount === 1 ? 'question' : 'questions'}
        </Row>
      ) : null}
      {problems > 0 ? (
        <Row term="Coding problems">
          {problems} in {LANGUAGE_LABELS[coding.language]},{' '}
          {round === 'talking' ? 'from the template' : DIFFICULTY_LABELS[coding.difficulty].toLowerCase()}
        </Row>
      ) : null}
      <Row term="Time per question">{formatDuration(time)}</Row>
      <Row term="Follow-up questions">{followUps ? 'Yes, when an answer needs more depth' : 'No'}</Row>
    </dl>
  );
}
