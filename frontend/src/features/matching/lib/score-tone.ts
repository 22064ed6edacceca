/** Badge tone for a 0-100 score. The score is always shown as text too: never colour alone. */
export function scoreTone(score: number): 'success' | 'warning' | 'danger' {
  if (score >= 75) return 'success';
  if (score >= 50) return 'warning';
  return 'danger';
}
