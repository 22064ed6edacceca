import { Progress } from '@/components/ui/progress';

import type { MatchPart } from '../api/match-resume';

const LABELS: Record<MatchPart['name'], string> = {
  skills: 'Skills',
  occupation: 'Role and titles',
  semantic: 'Experience described',
  experience: 'Years and level',
};

function share(weight: number): string {
  const percent = Math.round(weight * 100);
  return percent === 0 ? 'Not counted here' : `${percent}% of the score`;
}

/** Why the score is what it is: each part's score, its share of the total and the reason. */
export function MatchParts({ parts }: { parts: MatchPart[] }) {
  if (parts.length === 0) return null;
  return (
    <section aria-labelledby="match-parts-heading" className="space-y-3">
      <h3 id="match-parts-heading" className="text-sm font-semibold text-neutral-900">
        Why this score
      </h3>
      <ul className="space-y-4">
        {parts.map((part) => {
          const label = LABELS[part.name];
          return (
            <li key={part.name} aria-label={label} className="space-y-1">
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className="font-medium text-neutral-900">{label}</span>
                <span className="text-neutral-600">
                  <span className="font-semibold text-neutral-900">{part.score}</span>/100 · {share(part.weight)}
                </span>
              </div>
              <Progress value={part.score} label={`${label}: ${part.score} out of 100`} />
              <p className="text-sm text-neutral-600">{part.reason}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
