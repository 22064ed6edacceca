import { Captions } from 'lucide-react';

/** The question as text under the interviewer, so it can be read without sound. */
export function QuestionCaption({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <div className="flex w-full items-start gap-2 rounded-lg bg-neutral-900/90 px-3 py-2 text-sm text-white">
      <Captions aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-neutral-300" />
      <p>{text}</p>
    </div>
  );
}
