/** A piece of the answer: plain, or quoted as evidence for one or more key points. */
export interface TranscriptSegment {
  text: string;
  points: string[];
}

interface Range {
  start: number;
  end: number;
  point: string;
}

const ELLIPSIS = /\s*(?:\.{3}|…)\s*/;
const EDGE_PUNCTUATION = /^[\s"'“”‘’.,;:!?-]+|[\s"'“”‘’.,;:!?-]+$/g;
const MIN_FRAGMENT = 3;

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a quoted fragment is in the answer: exactly, else ignoring case and spacing. */
function locate(transcript: string, fragment: string): [number, number] | null {
  const exact = transcript.indexOf(fragment);
  if (exact >= 0) return [exact, exact + fragment.length];
  const pattern = new RegExp(fragment.split(/\s+/).map(escapeRegExp).join('\\s+'), 'i');
  const match = pattern.exec(transcript);
  return match ? [match.index, match.index + match[0].length] : null;
}

function rangesFor(transcript: string, point: string, evidence: string): Range[] {
  const whole = locate(transcript, evidence.trim());
  if (whole) return [{ start: whole[0], end: whole[1], point }];
  // An evaluator may shorten a quote with an ellipsis: find each part on its own.
  return evidence
    .split(ELLIPSIS)
    .map((part) => part.replace(EDGE_PUNCTUATION, ''))
    .filter((part) => part.length >= MIN_FRAGMENT)
    .flatMap((part) => {
      const found = locate(transcript, part);
      return found ? [{ start: found[0], end: found[1], point }] : [];
    });
}

/**
 * Splits the answer into segments so each covered key point's evidence can be highlighted;
 * overlapping quotes share a segment that names every point it supports.
 */
export function highlightEvidence(
  transcript: string,
  covered: { point: string; evidence: string }[],
): TranscriptSegment[] {
  const ranges = covered.flatMap(({ point, evidence }) =>
    evidence.trim() ? rangesFor(transcript, point, evidence) : [],
  );
  const cuts = [...new Set([0, transcript.length, ...ranges.flatMap((range) => [range.start, range.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TranscriptSegment[] = [];
  for (let index = 0; index < cuts.length - 1; index += 1) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    if (end <= start) continue;
    const points = [
      ...new Set(ranges.filter((range) => range.start <= start && range.end >= end).map((range) => range.point)),
    ];
    const previous = segments.at(-1);
    if (previous && previous.points.join('\n') === points.join('\n')) previous.text += transcript.slice(start, end);
    else segments.push({ text: transcript.slice(start, end), points });
  }
  return segments;
}
