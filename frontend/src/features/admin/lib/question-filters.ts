/** The question bank's filters, as URL search params. */
export const QUESTION_FILTER_KEYS = ['q', 'category', 'difficulty', 'skill', 'archived'] as const;

export type QuestionFilters = Record<(typeof QUESTION_FILTER_KEYS)[number], string>;
