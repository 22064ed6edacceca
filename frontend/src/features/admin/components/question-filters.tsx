import { Search } from 'lucide-react';
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';

import { CATEGORIES, CATEGORY_LABELS, DIFFICULTY_LABELS } from '../lib/labels';
import type { QuestionFilters } from '../lib/question-filters';

interface QuestionFiltersFormProps {
  filters: QuestionFilters;
  onSearch: (filters: QuestionFilters) => void;
}

/** Words, category, difficulty, skill and whether to show archived questions. */
export function QuestionFiltersForm({ filters, onSearch }: QuestionFiltersFormProps) {
  // Keyed by the URL's filters in the parent: Back and Forward reset the draft.
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof QuestionFilters, value: string) => setDraft((current) => ({ ...current, [key]: value }));

  return (
    <form
      role="search"
      aria-label="Search the question bank"
      className="grid gap-4 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft);
      }}
    >
      <FormField
        label="Search questions"
        value={draft.q}
        placeholder="Words in the question"
        onChange={(event) => set('q', event.target.value)}
      />
      <Field label="Category">
        {(fieldProps) => (
          <Select
            {...fieldProps}
            value={draft.category}
            onChange={(event) => {
              set('category', event.target.value);
              onSearch({ ...draft, category: event.target.value });
            }}
          >
            <option value="">All categories</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {CATEGORY_LABELS[category]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Difficulty">
        {(fieldProps) => (
          <Select
            {...fieldProps}
            value={draft.difficulty}
            onChange={(event) => {
              set('difficulty', event.target.value);
              onSearch({ ...draft, difficulty: event.target.value });
            }}
          >
            <option value="">Any difficulty</option>
            {[1, 2, 3].map((level) => (
              <option key={level} value={String(level)}>
                {DIFFICULTY_LABELS[level]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormField
        label="Skill"
        value={draft.skill}
        placeholder="e.g. Python"
        onChange={(event) => set('skill', event.target.value)}
      />
      <Button type="submit">
        <Search aria-hidden="true" className="size-4" />
        Search
      </Button>
      <label className="flex items-center gap-2 text-sm text-neutral-700 sm:col-span-2 lg:col-span-5">
        <input
          type="checkbox"
          className="size-4 accent-indigo-600"
          checked={draft.archived === 'true'}
          onChange={(event) => {
            const archived = event.target.checked ? 'true' : '';
            set('archived', archived);
            onSearch({ ...draft, archived });
          }}
        />
        Show archived questions
      </label>
    </form>
  );
}
