import type { components } from '@/api/schema';

export type CodingTopic = components['schemas']['Topic'];
export type CodingDifficulty = components['schemas']['Difficulty'];
export type CodingComparison = components['schemas']['Comparison'];
export type CodingTestKind = components['schemas']['TestKind'];

export const TOPIC_LABELS: Record<CodingTopic, string> = {
  arrays_strings: 'Arrays and strings',
  hash_maps: 'Hash maps',
  two_pointers: 'Two pointers',
  stacks_queues: 'Stacks and queues',
  trees_graphs: 'Trees and graphs',
  dynamic_programming: 'Dynamic programming',
  sql_data: 'SQL-style data',
  practical: 'Practical',
};
export const TOPICS = Object.keys(TOPIC_LABELS) as CodingTopic[];

export const CODING_DIFFICULTY_LABELS: Record<CodingDifficulty, string> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
};
export const CODING_DIFFICULTIES = Object.keys(CODING_DIFFICULTY_LABELS) as CodingDifficulty[];

export const COMPARISON_LABELS: Record<CodingComparison, string> = {
  exact: 'Exactly equal',
  unordered: 'Same items, any order',
  unordered_nested: 'Same items, any order, inner lists too',
  float: 'Numbers within 0.000001',
};
export const COMPARISONS = Object.keys(COMPARISON_LABELS) as CodingComparison[];

export const TEST_KIND_LABELS: Record<CodingTestKind, string> = {
  normal: 'Normal',
  edge: 'Edge case',
  large: 'Large input',
};
export const TEST_KINDS = Object.keys(TEST_KIND_LABELS) as CodingTestKind[];

const LANGUAGE_LABELS: Record<string, string> = { python: 'Python', javascript: 'JavaScript' };

export function languageLabel(language: string): string {
  return LANGUAGE_LABELS[language] ?? language;
}
