import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';

import { useMatch, type MatchTarget } from '../api/match-resume';
import { scoreTone } from '../lib/score-tone';

/** "82% match" for one job, computed for the given resume. */
export function MatchBadge({ resumeId, target }: { resumeId: string; target: MatchTarget }) {
  const match = useMatch(resumeId, target);
  if (match.isPending) {
    return (
      <span role="status" className="inline-flex">
        <Skeleton className="h-5 w-20 rounded-full" />
        <span className="sr-only">Computing match…</span>
      </span>
    );
  }
  if (match.isError) return <Badge tone="neutral">Match unavailable</Badge>;
  return (
    <Badge tone={scoreTone(match.data.score)} className="text-sm">
      {match.data.score}% match
    </Badge>
  );
}
