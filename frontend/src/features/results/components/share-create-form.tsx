import { useRef, useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { errorMessage } from '@/lib/api-error';

import { useCreateShare } from '../api/create-share';
import type { ShareLink } from '../api/get-shares';

const EXPIRY_DAYS = [1, 7, 14, 30, 90] as const;

/** Who the link is for, how long it works, and whether the coach may watch the video. */
export function ShareCreateForm({
  interviewId,
  onCreated,
}: {
  interviewId: string;
  onCreated: (link: ShareLink) => void;
}) {
  const [label, setLabel] = useState('');
  const [days, setDays] = useState<number>(14);
  const [includeVideo, setIncludeVideo] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const create = useCreateShare(interviewId);
  const labelInput = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!label.trim()) {
      setError('Say who the link is for, such as your coach’s name.');
      labelInput.current?.focus();
      return;
    }
    setError(undefined);
    create.mutate(
      { interviewId, body: { label: label.trim(), expires_in_days: days, include_video: includeVideo } },
      { onSuccess: onCreated, onError: (failure) => setError(errorMessage(failure)) },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="New share link" className="space-y-4">
      <Field label="Who is it for?" hint="Shown to you beside the link, and on the coach’s page." error={error}>
        {(fieldProps) => (
          <Input
            ref={labelInput}
            {...fieldProps}
            maxLength={120}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
          />
        )}
      </Field>
      <Field label="The link works for">
        {(fieldProps) => (
          <Select {...fieldProps} value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {EXPIRY_DAYS.map((value) => (
              <option key={value} value={value}>
                {value === 1 ? '1 day' : `${value} days`}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <label className="flex items-start gap-2 text-sm text-neutral-800">
        <input
          type="checkbox"
          className="mt-0.5"
          checked={includeVideo}
          onChange={(event) => setIncludeVideo(event.target.checked)}
        />
        <span>
          Include the video of my interview
          <span className="block text-xs text-neutral-500">
            Left out unless you tick this. The coach can then pin comments to moments of it.
          </span>
        </span>
      </label>
      <Button type="submit" isLoading={create.isPending}>
        Create link
      </Button>
    </form>
  );
}
