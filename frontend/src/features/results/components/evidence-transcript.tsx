import type { CoveredPoint } from '../api/get-results';
import { highlightEvidence } from '../lib/highlight';

/** The answer, with each covered key point's evidence marked and named. */
export function EvidenceTranscript({ transcript, covered }: { transcript: string; covered: CoveredPoint[] }) {
  const segments = highlightEvidence(transcript, covered);
  return (
    <blockquote className="rounded-lg border-l-4 border-neutral-300 bg-neutral-50 p-4 text-sm leading-relaxed whitespace-pre-line text-neutral-800">
      {segments.map((segment, index) =>
        segment.points.length === 0 ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <span key={index}>
            <mark
              title={`Key point: ${segment.points.join('; ')}`}
              data-key-points={segment.points.join('\n')}
              className="rounded bg-emerald-100 px-0.5 text-emerald-950"
            >
              {segment.text}
            </mark>
            <span className="sr-only"> (evidence for the key point: {segment.points.join('; ')})</span>
          </span>
        ),
      )}
    </blockquote>
  );
}
