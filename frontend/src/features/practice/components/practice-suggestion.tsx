import { formatDate } from '@/lib/format';

import type { PracticeSuggestion as Suggestion } from '../api/get-weaknesses';
import { StartDrillButton } from './start-drill-button';

/** The weak spot named once: in bold at the start of the reason when the reason opens with it. */
function SpotAndReason({ label, reason }: { label: string; reason: string }) {
  if (!reason.startsWith(label)) {
    return (
      <>
        <p className="font-medium break-words text-neutral-900">{label}</p>
        <p className="text-sm text-neutral-700">{reason}</p>
      </>
    );
  }
  return (
    <p className="text-sm break-words text-neutral-700">
      <strong className="font-semibold text-neutral-900">{label}</strong>
      {reason.slice(label.length)}
    </p>
  );
}

/** What to practise next and when, with a one-click drill. */
export function PracticeSuggestion({ suggestion }: { suggestion: Suggestion | null }) {
  return (
    <section
      aria-labelledby="practice-next-heading"
      className="space-y-3 rounded-2xl border border-indigo-200 bg-indigo-50/50 p-5 shadow-sm"
    >
      <h2 id="practice-next-heading" className="text-base font-semibold text-neutral-900">
        Practise next
      </h2>
      {suggestion === null ? (
        <p className="text-sm text-neutral-600">
          After your first evaluated interview, the weak spot to practise next, and when, appears here.
        </p>
      ) : (
        <>
          <SpotAndReason label={suggestion.label} reason={suggestion.reason} />
          <p className="text-sm font-medium text-neutral-900">
            {suggestion.due ? 'When: now' : `When: ${formatDate(suggestion.suggested_at)}`}
            <span className="font-normal text-neutral-600">
              {' '}
              (last practised {formatDate(suggestion.last_practised_at)})
            </span>
          </p>
          <p className="text-xs text-neutral-500">{suggestion.rule}</p>
          <StartDrillButton />
        </>
      )}
    </section>
  );
}
