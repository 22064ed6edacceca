import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

import { DIFFICULTY_LABELS, LANGUAGE_LABELS } from '../lib/labels';
import {
  CODING_PROBLEMS_MAX,
  CODING_PROBLEMS_MIN,
  type CodingChoice,
  type CodingDifficulty,
  type CodingLanguage,
  type RoundKind,
} from '../lib/wizard';
import { ChoiceCard } from './choice-card';

const ROUNDS: { value: RoundKind; label: string; description: string }[] = [
  {
    value: 'talking',
    label: 'Talking questions',
    description: 'Answer out loud or in writing: behavioural, technical and situational.',
  },
  {
    value: 'coding',
    label: 'Coding round',
    description: 'Solve coding problems in an editor, then explain your solution.',
  },
  { value: 'mixed', label: 'Mixed (coding + talking)', description: 'Coding problems among the talking questions.' },
];

export function RoundChoice({ value, onChange }: { value: RoundKind; onChange: (round: RoundKind) => void }) {
  return (
    <fieldset className="grid gap-3 sm:grid-cols-3">
      <legend className="mb-3 text-sm font-medium text-neutral-900">Kind of round</legend>
      {ROUNDS.map((round) => (
        <ChoiceCard
          key={round.value}
          name="round"
          value={round.value}
          checked={value === round.value}
          onChange={() => onChange(round.value)}
          label={round.label}
          description={round.description}
        />
      ))}
    </fieldset>
  );
}

interface CodingOptionsProps {
  value: CodingChoice;
  onChange: (coding: CodingChoice) => void;
  errors: Record<string, string>;
}

/** How many problems, in which language, how hard. */
export function CodingOptions({ value, onChange, errors }: CodingOptionsProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Field
        label="Coding problems"
        hint={`From ${CODING_PROBLEMS_MIN} to ${CODING_PROBLEMS_MAX}.`}
        error={errors.codingProblems}
      >
        {(fieldProps) => (
          <Input
            type="number"
            inputMode="numeric"
            min={CODING_PROBLEMS_MIN}
            max={CODING_PROBLEMS_MAX}
            value={Number.isNaN(value.problems) ? '' : value.problems}
            onChange={(event) => onChange({ ...value, problems: event.target.valueAsNumber })}
            {...fieldProps}
          />
        )}
      </Field>
      <Field label="Language" hint="You can switch in the editor.">
        {(fieldProps) => (
          <Select
            value={value.language}
            onChange={(event) => onChange({ ...value, language: event.target.value as CodingLanguage })}
            {...fieldProps}
          >
            {Object.entries(LANGUAGE_LABELS).map(([language, label]) => (
              <option key={language} value={language}>
                {label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Difficulty">
        {(fieldProps) => (
          <Select
            value={value.difficulty}
            onChange={(event) => onChange({ ...value, difficulty: event.target.value as CodingDifficulty })}
            {...fieldProps}
          >
            {Object.entries(DIFFICULTY_LABELS).map(([difficulty, label]) => (
              <option key={difficulty} value={difficulty}>
                {label}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
}
