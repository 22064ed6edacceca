import { MessageSquare, PlayCircle } from 'lucide-react';

import { formatDate } from '@/lib/format';

import type { CoachComment } from '../api/get-comments';
import { formatClock } from '../lib/recording';

interface CommentItemProps {
  comment: CoachComment;
  /** "Question 2", when shown apart from its question. */
  questionLabel?: string;
  /** Plays the recording from the comment's moment; none when there is no player to seek. */
  onSeek?: ((seconds: number) => void) | null;
}

/** A coach's comment: who, when, about which moment, and what they said. */
export function CommentItem({ comment, questionLabel, onSeek }: CommentItemProps) {
  const at = comment.at_s;
  return (
    <li className="space-y-1 rounded-lg border border-neutral-200 bg-white p-3">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-neutral-600">
        <MessageSquare aria-hidden="true" className="size-3.5 text-indigo-600" />
        <span className="font-semibold text-neutral-900">{comment.author_name}</span>
        {comment.share_label !== comment.author_name ? <span>via “{comment.share_label}”</span> : null}
        <span>· {formatDate(comment.created_at)}</span>
        {questionLabel ? <span>· {questionLabel}</span> : null}
        {at !== null && onSeek ? (
          <button
            type="button"
            onClick={() => onSeek(at)}
            className="inline-flex items-center gap-1 font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            <PlayCircle aria-hidden="true" className="size-3.5" />
            <span className="sr-only">Play from </span>
            {formatClock(at)}
          </button>
        ) : at !== null ? (
          <span>· at {formatClock(at)}</span>
        ) : null}
      </p>
      <p className="text-sm whitespace-pre-line text-neutral-800">{comment.text}</p>
    </li>
  );
}
