import { Eye } from 'lucide-react';
import { useState } from 'react';

import { formatDate } from '@/lib/format';
import { roleLevel } from '@/lib/role-level';

import type { SharedResults } from '../api/get-shared-results';
import { useMediaTime } from '../hooks/use-media-time';
import { playFrom } from '../lib/recording';
import { CodingSection } from './coding-section';
import { CommentItem } from './comment-item';
import { FeedbackLists } from './feedback-lists';
import { PlayerSeekProvider } from './player-seek-provider';
import { QuestionBreakdown } from './question-breakdown';
import { ScoreSummary } from './score-summary';
import { SharedCommentForm } from './shared-comment-form';
import { SharedPlayer } from './shared-player';

/** The results as a coach sees them through a share link: read-only, with a place to comment. */
export function SharedResultsView({ token, shared }: { token: string; shared: SharedResults }) {
  const { results, share, video, comments } = shared;
  const level = roleLevel(results.interview.role, results.interview.seniority);
  const [media, setMedia] = useState<HTMLMediaElement | null>(null);
  const time = useMediaTime(media);
  const questions = results.questions.map((question, index) => ({
    id: question.question_id,
    position: index + 1,
    text: question.text,
  }));
  const positions = new Map(questions.map((question) => [question.id, question.position]));
  const seek = media ? (seconds: number) => playFrom(media, seconds) : null;
  return (
    <PlayerSeekProvider>
      <div className="space-y-6">
        <header className="space-y-1">
          <p className="inline-flex items-center gap-1.5 rounded-full bg-neutral-100 px-2.5 py-0.5 text-xs font-medium text-neutral-700">
            <Eye aria-hidden="true" className="size-3.5" /> Read-only
          </p>
          <h1 className="text-2xl font-semibold tracking-tight text-neutral-900 sm:text-3xl">
            {results.candidate_name}’s interview: {results.interview.role}
          </h1>
          <p className="text-neutral-600">
            {level ? <>{level} · </> : null}
            Shared with {share.label} · the link works until {formatDate(share.expires_at)}
          </p>
        </header>
        <ScoreSummary scores={results.scores} pending={results.status === 'pending'} />
        <FeedbackLists
          strengths={results.strengths}
          weaknesses={results.weaknesses}
          recommendations={results.recommendations}
        />
        {video ? (
          <section aria-label="Recording" className="rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm">
            <SharedPlayer video={video} media={media} mediaRef={setMedia} time={time} />
          </section>
        ) : null}
        <SharedCommentForm
          token={token}
          questions={questions}
          time={video && media ? time : null}
          chapters={video?.transcript.chapters ?? []}
        />
        {comments.length > 0 ? (
          <section aria-labelledby="shared-comments-heading" className="space-y-2">
            <h2 id="shared-comments-heading" className="text-lg font-semibold text-neutral-900">
              Your comments
            </h2>
            <ul className="space-y-2">
              {comments.map((comment) => (
                <CommentItem
                  key={comment.id}
                  comment={comment}
                  questionLabel={
                    comment.question_id
                      ? `Question ${positions.get(comment.question_id) ?? '?'}`
                      : 'The whole interview'
                  }
                  onSeek={seek}
                />
              ))}
            </ul>
          </section>
        ) : null}
        <QuestionBreakdown questions={results.questions} interviewId={results.interview.id} canRetry={false} />
        <CodingSection coding={results.coding} />
      </div>
    </PlayerSeekProvider>
  );
}
