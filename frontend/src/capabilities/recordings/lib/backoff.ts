export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 30_000;

/**
 * Wait before retry `attempt` (1, 2, 3…): 1 s, 2 s, 4 s… capped at 30 s, with ±25 % jitter so
 * many tabs coming back online at once do not retry in step.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.min(MAX_RETRY_MS, Math.round(base * (0.75 + random() * 0.5)));
}
