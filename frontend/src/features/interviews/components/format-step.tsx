import { ErrorAlert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';
import { plural } from '@/lib/plural';

import { useTemplates, type InterviewTemplate } from '../api/get-templates';
import { formatDuration } from '../lib/labels';
import {
  QUESTION_COUNT_MAX,
  QUESTION_COUNT_MIN,
  TIME_CHOICES_S,
  templateQuestionCount,
  type FormatState,
} from '../lib/wizard';
import { ChoiceCard } from './choice-card';
import { CodingOptions, RoundChoice } from './coding-options';

function templateSummary(template: InterviewTemplate) {
  const count = templateQuestionCount(template);
  const parts = [plural(count, 'question'), `${formatDuration(template.time_per_question_s)} each`];
  if (template.coding_problems) parts.push(plural(template.coding_problems, 'coding problem'));
  if (template.follow_ups) parts.push('follow-ups');
  return parts.join(' · ');
}

function TimeField({ value, onChange }: Omit<FormatStepProps, 'errors'>) {
  return (
    <Field label="Time per question" hint="A guide: you may take longer.">
      {(fieldProps) => (
        <Select
          value={value.timePerQuestionS}
          onChange={(event) => onChange({ ...value, timePerQuestionS: Number(event.target.value) })}
          {...fieldProps}
        >
          {TIME_CHOICES_S.map((seconds) => (
            <option key={seconds} value={seconds}>
              {formatDuration(seconds)}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

function FollowUpsField({ value, onChange }: Omit<FormatStepProps, 'errors'>) {
  return (
    <label className="flex items-start gap-3 sm:col-span-2">
      <input
        type="checkbox"
        checked={value.followUps}
        onChange={(event) => onChange({ ...value, followUps: event.target.checked })}
        className="mt-0.5 size-4 accent-indigo-600"
      />
      <span>
        <span className="block text-sm font-medium text-neutral-900">Ask follow-up questions</span>
        <span className="block text-sm text-neutral-600">
          When an answer is short or misses key points, the interviewer digs deeper.
        </span>
      </span>
    </label>
  );
}

function CustomFormat({ value, onChange, errors }: FormatStepProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        label="Number of questions"
        hint={`From ${QUESTION_COUNT_MIN} to ${QUESTION_COUNT_MAX}.`}
        error={errors.questionCount}
      >
        {(fieldProps) => (
          <Input
            type="number"
            inputMode="numeric"
            min={QUESTION_COUNT_MIN}
            max={QUESTION_COUNT_MAX}
            value={Number.isNaN(value.questionCount) ? '' : value.questionCount}
            onChange={(event) => onChange({ ...value, questionCount: event.target.valueAsNumber })}
            {...fieldProps}
          />
        )}
      </Field>
      <TimeField value={value} onChange={onChange} />
      <FollowUpsField value={value} onChange={onChange} />
      <div className="sm:col-span-2">
        <Field
          label="Your own questions (optional)"
          hint="One per line. They are asked first; the rest are chosen for you. Each is graded with a rubric that fits it."
          error={errors.ownQuestions}
        >
          {(fieldProps) => (
            <Textarea
              rows={3}
              value={value.ownQuestions}
              onChange={(event) => onChange({ ...value, ownQuestions: event.target.value })}
              placeholder="e.g. How would you make a web form accessible to screen reader users?"
              {...fieldProps}
            />
          )}
        </Field>
      </div>
    </div>
  );
}

interface FormatStepProps {
  value: FormatState;
  onChange: (format: FormatState) => void;
  errors: Record<string, string>;
}

/** The kind of round, the coding problems when there are any, then how the talking questions are set. */
export function FormatStep({ value, onChange, errors }: FormatStepProps) {
  return (
    <div className="space-y-6">
      <RoundChoice value={value.round} onChange={(round) => onChange({ ...value, round })} />
      {value.round !== 'talking' ? (
        <CodingOptions value={value.coding} errors={errors} onChange={(coding) => onChange({ ...value, coding })} />
      ) : null}
      {value.round === 'coding' ? (
        <TimeAndFollowUps value={value} onChange={onChange} />
      ) : (
        <TalkingFormat value={value} onChange={onChange} errors={errors} />
      )}
    </div>
  );
}

function TimeAndFollowUps({ value, onChange }: Omit<FormatStepProps, 'errors'>) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TimeField value={value} onChange={onChange} />
      <FollowUpsField value={value} onChange={onChange} />
    </div>
  );
}

function TalkingFormat({ value, onChange, errors }: FormatStepProps) {
  const templates = useTemplates();
  // Without any template there is nothing to choose: say so, and set the format here.
  if (templates.data?.length === 0) {
    return (
      <div className="space-y-4">
        <p className="text-sm text-neutral-600">
          Set the format of this interview. (No ready-made formats have been set up yet.)
        </p>
        <CustomFormat value={value} onChange={onChange} errors={errors} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-3 text-sm text-neutral-600">Start from a template, or set the format yourself.</legend>
        <ChoiceCard
          name="format-mode"
          value="custom"
          checked={value.mode === 'custom'}
          onChange={() => onChange({ ...value, mode: 'custom' })}
          label="Set it myself"
          description="Number of questions, time per question and follow-ups."
        />
        <ChoiceCard
          name="format-mode"
          value="template"
          checked={value.mode === 'template'}
          onChange={() => onChange({ ...value, mode: 'template' })}
          label="Use a template"
          description="A ready mix of behavioural, technical and situational questions."
        />
      </fieldset>
      {value.mode === 'custom' ? <CustomFormat value={value} onChange={onChange} errors={errors} /> : null}
      {value.mode === 'template' ? (
        <div className="space-y-3">
          {templates.isPending ? (
            <div role="status">
              <span className="sr-only">Loading templates…</span>
              <Skeleton className="h-16 w-full rounded-xl" />
            </div>
          ) : null}
          {templates.isError ? <ErrorAlert>{errorMessage(templates.error)}</ErrorAlert> : null}
          {templates.data && templates.data.length > 0 ? (
            <fieldset className="space-y-2">
              <legend className="sr-only">Templates</legend>
              {templates.data.map((template) => (
                <ChoiceCard
                  key={template.id}
                  name="template"
                  value={template.id}
                  checked={value.templateId === template.id}
                  onChange={() => onChange({ ...value, templateId: template.id })}
                  label={template.name}
                  description={
                    <>
                      {template.description ? <span className="block">{template.description}</span> : null}
                      <span className="block text-xs text-neutral-500">{templateSummary(template)}</span>
                    </>
                  }
                />
              ))}
            </fieldset>
          ) : null}
          {errors.template ? <ErrorAlert>{errors.template}</ErrorAlert> : null}
        </div>
      ) : null}
    </div>
  );
}
