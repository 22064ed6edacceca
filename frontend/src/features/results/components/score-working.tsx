import * as Collapsible from '@radix-ui/react-collapsible';
import { ChevronDown } from 'lucide-react';
import { useState } from 'react';

import type { AnswerEvaluation } from '../api/get-results';
import { LOW_SCORE_BELOW } from '../lib/score';

type ScoredEvaluation = AnswerEvaluation & { score: number };
type Working = NonNullable<AnswerEvaluation['working']>;
type ScorePart = Working['components'][number];

const PART_LABELS: Record<string, string> = {
  relevance: 'Relevance',
  depth: 'Depth',
  structure: 'Structure',
  communication: 'Communication',
  accuracy: 'Agreement with the model answer',
  elaboration: 'Elaboration (how much you said, in your own words)',
  'team focus': 'Team focus (“we” beside “I”)',
  outlook: 'Outlook (few negative words or negations)',
  'semantic similarity': 'Closeness in meaning',
  'lexical evidence': 'Matching key words',
};

/** Rubric names from the backend's evaluation/rubrics.py (question families, "key points", "question"). */
const RUBRICS: Record<string, string> = {
  'key points': 'Judged against the key points written for this question.',
  question: 'Judged against the question itself (it has no written key points).',
  introduction: 'Judged as an introduction.',
  why_hire: 'Judged as an answer to “why should we hire you”.',
  motivation: 'Judged as an answer about your motivation.',
  strengths_weaknesses: 'Judged as an answer about strengths and weaknesses.',
  conflict: 'Judged as a story about a conflict.',
  failure: 'Judged as a story about a failure or mistake.',
  leadership: 'Judged as a story about leading.',
  story: 'Judged as a story about something you did.',
  questions_for_us: 'Judged as your questions for the interviewer.',
};

const FRAMEWORKS: Record<string, string> = {
  STAR: 'Structure looked for: situation, task, action, result (STAR).',
  reasoning: 'Structure looked for: what it is, how and why, an example, trade-offs, a conclusion.',
  narrative: 'Structure looked for: where you are now, how you got there, a highlight, where you are going.',
  questions: 'Structure looked for: real questions about the role, the team, growth and challenges.',
};

/** Structure components an evidence span can be labelled with (evaluation/structure.py); other labels are key points. */
const STRUCTURE_LABELS: Record<string, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  learning: 'Learning',
  framing: 'Framing',
  how_why: 'How and why',
  example: 'Example',
  trade_off: 'Trade-off',
  conclusion: 'Conclusion',
  present: 'Where you are now',
  past: 'How you got there',
  achievement: 'Highlight',
  future: 'Where you are going',
  question: 'A question you asked',
  role: 'About the role',
  team: 'About the team',
  growth: 'About growth',
  challenge: 'About challenges',
};

/** Evidence of the tone parts of a story's score (evaluation/tone.py). */
const TONE_LABELS: Record<string, string> = {
  'team focus': 'Team focus: you spoke of the team',
  outlook: 'Outlook: a negative word or negation',
};

const SUB_SCORES = ['relevance', 'depth', 'structure', 'communication'] as const;
const isSubScore = (label: string) => (SUB_SCORES as readonly string[]).includes(label);

const percent = (share: number) => `${Math.round(share * 100)}%`;
const partLabel = (name: string) =>
  PART_LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' ');

/** Points a part cost the score; relevance also answers for what its gate took from the others. */
function pointsLost(part: ScorePart, parts: ScorePart[], gate: number) {
  const lost = part.weight * (100 - part.value);
  if (part.name !== 'relevance') return lost;
  const rest = parts
    .filter((other) => other.name !== 'relevance')
    .reduce((sum, other) => sum + other.weight * other.value, 0);
  return lost + (1 - gate) * rest;
}

function gateClause(working: Working, weakest: ScorePart, relevance: number | undefined) {
  if (working.gate >= 1) return '';
  const effect =
    working.gate === 0
      ? 'meant the other parts did not count'
      : `cut the other parts to ${percent(working.gate)} of their weight`;
  return weakest.name === 'relevance'
    ? `, which also ${effect}`
    : `, and relevance of ${relevance ?? 'this level'} ${effect}`;
}

/** One sentence on why a score is low: the part that cost the most, and the relevance gate when it applied. */
function lowScoreSentence(evaluation: ScoredEvaluation): string | null {
  if (evaluation.score >= LOW_SCORE_BELOW) return null;
  const { working } = evaluation;
  // Without the working (an evaluation stored before there was one), the sub-scores count alike.
  const parts = working?.components.length
    ? working.components
    : SUB_SCORES.map((name) => ({ name, value: evaluation[name], weight: 0.25 }));
  const gate = working?.gate ?? 1;
  const weakest = parts.reduce((worst, part) =>
    pointsLost(part, parts, gate) > pointsLost(worst, parts, gate) ? part : worst,
  );
  const share = working ? ` (${percent(weakest.weight)} of the score)` : '';
  const relevance = parts.find((part) => part.name === 'relevance')?.value;
  const gated = working
    ? gateClause(working, weakest, relevance === undefined ? undefined : Math.round(relevance))
    : '';
  return `This score is low mainly because ${partLabel(weakest.name).toLowerCase()} was ${Math.round(weakest.value)} out of 100${share}${gated}.`;
}

/** A language model's grading: how many ratings were averaged, how far apart, and what was dropped. */
function modelNotes(working: Working): string[] {
  const notes: string[] = [];
  const scores = working.samples?.scores ?? [];
  if (scores.length > 1) {
    const spread = Math.round(working.samples?.spread ?? 0);
    notes.push(
      `Averaged over ${scores.length} separate ratings by the AI evaluator (${scores.join(', ')}): they differ by up to ±${spread} points.`,
    );
  }
  for (const name of working.dropped ?? []) {
    notes.push(`${partLabel(name)} counted 0: the AI evaluator's quote for it is not in your answer.`);
  }
  return notes;
}

function Notes({ working }: { working: Working }) {
  const relevance = working.components.find((part) => part.name === 'relevance');
  const notes = [
    RUBRICS[working.rubric] ?? `Judged as a “${working.rubric.replace(/_/g, ' ')}” question.`,
    FRAMEWORKS[working.framework],
  ];
  if (working.gate < 1) {
    const level = relevance ? `Relevance of ${Math.round(relevance.value)}` : 'Low relevance';
    notes.push(
      working.gate === 0
        ? `${level} was too low for depth, structure and communication to count.`
        : `${level} limited depth, structure and communication to ${percent(working.gate)} of their weight.`,
    );
  }
  if (working.length_factor < 1)
    notes.push(`The answer ran long: the score was cut to ${percent(working.length_factor)}.`);
  notes.push(...modelNotes(working));
  return (
    <ul className="space-y-1">
      {notes.filter(Boolean).map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

function Parts({ title, parts, asShares }: { title: string; parts: ScorePart[]; asShares?: boolean }) {
  return (
    <div className="space-y-1">
      <h5 className="text-xs font-semibold text-neutral-600">{title}</h5>
      <dl aria-label={`${title} (value × weight)`} className="grid grid-cols-2 gap-2">
        {parts.map((part) => (
          <div key={part.name} className="min-w-0 rounded-lg bg-neutral-50 px-3 py-2">
            <dt className="text-xs text-neutral-600">{partLabel(part.name)}</dt>
            <dd className="font-semibold text-neutral-900 tabular-nums">
              {asShares ? percent(part.value) : Math.round(part.value)} × {percent(part.weight)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function evidenceLabel(label: string) {
  if (STRUCTURE_LABELS[label]) return `Structure: ${STRUCTURE_LABELS[label]}`;
  if (TONE_LABELS[label]) return TONE_LABELS[label];
  return isSubScore(label) ? `Why this ${label} rating` : `Key point: ${label}`;
}

function Evidence({ spans }: { spans: Working['evidence'] }) {
  if (!spans?.length) return null;
  return (
    <div className="space-y-1">
      <h5 className="text-xs font-semibold text-neutral-600">Quoted from your answer</h5>
      <ul className="space-y-2">
        {spans.map(({ label, text }) => (
          <li key={`${label}:${text}`} className="break-words">
            <span className="block text-xs text-neutral-600">{evidenceLabel(label)}</span>
            <q className="text-neutral-900 italic">{text}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A low score's one-line reason, and a disclosure with the working behind the score. */
export function ScoreWorking({ evaluation }: { evaluation: ScoredEvaluation }) {
  const [open, setOpen] = useState(false);
  const low = lowScoreSentence(evaluation);
  const { working } = evaluation;
  if (!low && !working) return null;
  return (
    <div className="space-y-2">
      {low ? <p className="text-sm text-neutral-800">{low}</p> : null}
      {working ? (
        <Collapsible.Root open={open} onOpenChange={setOpen} className="space-y-2">
          <Collapsible.Trigger className="inline-flex items-center gap-1 text-sm font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
            <ChevronDown
              aria-hidden="true"
              className={open ? 'size-4 rotate-180 transition-transform' : 'size-4 transition-transform'}
            />
            How this score was made
          </Collapsible.Trigger>
          <Collapsible.Content className="space-y-3 rounded-lg border border-neutral-200 p-3 text-sm text-neutral-800">
            <Notes working={working} />
            <Parts title="Parts of the score" parts={working.components} />
            {working.relevance_parts.length > 0 ? (
              <Parts title="Behind relevance" parts={working.relevance_parts} asShares />
            ) : null}
            <Evidence spans={working.evidence} />
          </Collapsible.Content>
        </Collapsible.Root>
      ) : null}
    </div>
  );
}
