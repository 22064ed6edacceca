import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';

import type { Seniority } from '../api/create-interview';
import { SENIORITIES, SENIORITY_LABELS } from '../lib/labels';

interface RoleStepProps {
  role: string;
  seniority: Seniority | '';
  onRoleChange: (role: string) => void;
  onSeniorityChange: (seniority: Seniority | '') => void;
  errors: Record<string, string>;
  /** Where the prefilled role came from, if it did. */
  prefilledFrom?: string;
}

export function RoleStep({ role, seniority, onRoleChange, onSeniorityChange, errors, prefilledFrom }: RoleStepProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        label="Role"
        name="role"
        value={role}
        maxLength={120}
        placeholder="e.g. Backend engineer"
        hint={
          prefilledFrom
            ? `Filled in from ${prefilledFrom}. Change it if you like.`
            : 'The job title you are interviewing for.'
        }
        error={errors.role}
        onChange={(event) => onRoleChange(event.target.value)}
      />
      <Field label="Seniority" hint="Sets how hard the questions are.">
        {(fieldProps) => (
          <Select
            value={seniority}
            onChange={(event) => onSeniorityChange(event.target.value as Seniority | '')}
            {...fieldProps}
          >
            <option value="">Not specified</option>
            {SENIORITIES.map((level) => (
              <option key={level} value={level}>
                {SENIORITY_LABELS[level]}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
}
