import type { InterviewQuestion } from '../api/get-interview';

type HintedQuestion = Pick<InterviewQuestion, 'reason' | 'source'>;

// The reasons the question picker writes ("Required skill: Python"), said to the candidate.
const PHRASES: [RegExp, (...parts: string[]) => string][] = [
  [
    /^Gap: the job asks for (.+?), which your resume doesn't show/,
    (skill) => `The job asks for ${skill}, which your resume doesn't show yet.`,
  ],
  [/^Required skill: (.+)$/, (skill) => `The job asks for ${skill}.`],
  [/^Nice to have: (.+)$/, (skill) => `${skill} is a plus for this job.`],
  [/^Focus skill: (.+)$/, (skill) => `You asked to practise ${skill}.`],
  [/^From your resume: (.+)$/, (skill) => `Your resume mentions ${skill}.`],
  [/^Core skill for (.+): (.+)$/, (role, skill) => `${skill} is a core skill for ${role}.`],
  [/^Your own question$/, () => 'One of your own questions.'],
];

// "Behavioral: failure", "Situational: a typical backend scenario", "General practice": the
// picker's own bookkeeping, which says nothing to the candidate.
const INTERNAL_LABEL = /^[A-Z][\w -]{0,40}(:|$)/;

/**
 * Why a question is asked, in words for the candidate, or null when the reason is an internal
 * label. A sentence written by an LLM is kept as it is.
 */
export function candidateHint({ reason, source }: HintedQuestion): string | null {
  if (source === 'follow_up') return null; // The room says it is a follow-up; its reason names missed key points.
  const text = reason.replace(/\s*\(practised through [^)]*\)\s*$/, '').trim();
  if (!text) return null;
  for (const [pattern, phrase] of PHRASES) {
    const match = pattern.exec(text);
    if (match) return phrase(...match.slice(1));
  }
  return INTERNAL_LABEL.test(text) && !/[.!?]$/.test(text) ? null : text;
}
