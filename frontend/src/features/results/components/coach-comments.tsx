import { MessagesSquare } from 'lucide-react';
import { useContext } from 'react';

import { useComments, type CoachComment } from '../api/get-comments';
import { PlayerContext } from '../hooks/player-seek';
import { CommentItem } from './comment-item';

/** Plays the results page's recording from a moment, when there is one. */
function usePlayerSeek(): ((seconds: number) => void) | null {
  const player = useContext(PlayerContext);
  return player ? (seconds) => player.watchFrom(seconds) : null;
}

/** The comments on one question, in its breakdown. */
export function QuestionComments({ interviewId, questionId }: { interviewId: string; questionId: string }) {
  const comments = (useComments(interviewId).data ?? []).filter((comment) => comment.question_id === questionId);
  const seek = usePlayerSeek();
  if (comments.length === 0) return null;
  return (
    <div className="space-y-2">
      <h4 className="text-sm font-semibold text-neutral-900">Comments from your coaches</h4>
      <ul className="space-y-2">
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} onSeek={seek} />
        ))}
      </ul>
    </div>
  );
}

function label(comment: CoachComment, positions: Map<string, number>) {
  const position = comment.question_id ? positions.get(comment.question_id) : undefined;
  return position ? `Question ${position}` : 'The whole interview';
}

/** Every comment left through the candidate's share links, on the results page. */
export function CoachComments({ interviewId, questionIds }: { interviewId: string; questionIds: string[] }) {
  const comments = useComments(interviewId).data ?? [];
  const seek = usePlayerSeek();
  if (comments.length === 0) return null;
  const positions = new Map(questionIds.map((id, index) => [id, index + 1]));
  return (
    <section
      aria-labelledby="coach-comments-heading"
      className="space-y-3 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm"
    >
      <h2 id="coach-comments-heading" className="flex items-center gap-2 text-lg font-semibold text-neutral-900">
        <MessagesSquare aria-hidden="true" className="size-5 text-indigo-600" />
        Comments from your coaches
      </h2>
      <ul className="space-y-2">
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} questionLabel={label(comment, positions)} onSeek={seek} />
        ))}
      </ul>
    </section>
  );
}
