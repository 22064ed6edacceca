import type { components } from '@/api/schema';

type QuestionCategory = components['schemas']['InterviewQuestionRead']['category'];

/** What the UI calls each category. The API's values stay US ("behavioral"); the words shown are British. */
export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  behavioral: 'Behavioural',
  technical: 'Technical',
  situational: 'Situational',
  coding: 'Coding',
};
