import { Loader2 } from 'lucide-react';
import type { ReactNode } from 'react';

import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';
import { jobTitleBesideRole, roleLevel } from '@/lib/role-level';

import { useInterviewRecording } from '../api/get-interview-recordings';
import type { InterviewResults } from '../api/get-results';
import { useResultsLive } from '../hooks/use-results-live';
import { CoachComments, QuestionComments } from './coach-comments';
import { CodingResultsSection } from './coding-results';
import { DeliveryAnalytics } from './delivery-analytics';
import { FeedbackLists } from './feedback-lists';
import { PlayerSeekProvider } from './player-seek-provider';
import type { QuestionLabel } from './question-delivery-table';
import { QuestionBreakdown } from './question-breakdown';
import { QuestionPractice } from './question-practice';
import { RecordingPlayback } from './recording-playback';
import { ScoreSummary } from './score-summary';

function PendingBanner() {
  return (
    <div className="flex items-center gap-3 rounded-2xl border border-indigo-200 bg-indigo-50 p-4 text-sm text-indigo-900">
      <Loader2 aria-hidden="true" className="size-5 shrink-0 animate-spin" />
      <p>
        <span className="font-semibold">Evaluating answers…</span> Scores and feedback appear here as soon as they are
        ready.
      </p>
    </div>
  );
}

/** "How you came across", once there is a recording to analyse. */
function Delivery({ interviewId, labels }: { interviewId: string; labels: Map<string, QuestionLabel> }) {
  const recording = useInterviewRecording(interviewId).data;
  if (!recording || recording.status === 'failed') return null;
  return <DeliveryAnalytics interviewId={interviewId} recording={recording} labels={labels} />;
}

/** The report of a finished interview; `weaknessAction` is shown under the weaknesses (the
 * candidate's "Drill these"). */
export function ResultsView({
  results,
  showCandidate = false,
  weaknessAction,
}: {
  results: InterviewResults;
  showCandidate?: boolean;
  weaknessAction?: ReactNode;
}) {
  const { interview } = results;
  const level = roleLevel(interview.role, interview.seniority);
  const jobTitle = jobTitleBesideRole(interview);
  const answered = results.questions.filter((question) => question.transcript).length;
  const labels = new Map(
    results.questions.map((question, index) => [question.question_id, { position: index + 1, text: question.text }]),
  );
  useResultsLive(interview.id, { resultsPending: results.status === 'pending' });
  return (
    <PlayerSeekProvider>
      <div className="space-y-6">
        <header className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight text-neutral-900 sm:text-3xl">
            Results: {interview.role}
            {interview.mode === 'drill' ? (
              <>
                {' '}
                <Badge tone="accent" className="ml-1 align-middle">
                  Drill
                </Badge>
              </>
            ) : null}
          </h1>
          <p className="text-neutral-600">
            {showCandidate ? <>{results.candidate_name} · </> : null}
            {level ? <>{level} · </> : null}
            {jobTitle ? <>{jobTitle} · </> : null}
            {interview.completed_at ? <>Finished {formatDate(interview.completed_at)} · </> : null}
            {answered} of {results.questions.length} questions answered
          </p>
        </header>
        {/* One status region: screen readers hear when evaluation starts and when it is done. */}
        <div role="status">
          {results.status === 'pending' ? <PendingBanner /> : <p className="sr-only">All answers are evaluated.</p>}
        </div>
        <ScoreSummary scores={results.scores} pending={results.status === 'pending'} />
        <FeedbackLists
          strengths={results.strengths}
          weaknesses={results.weaknesses}
          recommendations={results.recommendations}
          weaknessAction={weaknessAction}
        />
        <RecordingPlayback interviewId={interview.id} />
        <Delivery interviewId={interview.id} labels={labels} />
        {results.coding && results.coding.problems.length > 0 ? (
          <CodingResultsSection interviewId={interview.id} coding={results.coding} />
        ) : null}
        <CoachComments
          interviewId={interview.id}
          questionIds={results.questions.map((question) => question.question_id)}
        />
        <QuestionBreakdown
          questions={results.questions}
          interviewId={interview.id}
          canRetry={!showCandidate}
          extra={(question) => (
            <>
              <QuestionComments interviewId={interview.id} questionId={question.question_id} />
              <QuestionPractice interviewId={interview.id} question={question} canRetry={!showCandidate} />
            </>
          )}
        />
      </div>
    </PlayerSeekProvider>
  );
}
