import { Plus, X } from 'lucide-react';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

import { type SkillSuggestion, useSkillSuggestions } from '../api/search-skills';

const SUGGEST_AFTER_MS = 150;
const SOURCE_LABELS: Record<SkillSuggestion['source'], string> = {
  onet: 'O*NET',
  esco: 'ESCO',
  curated: 'Rehearse',
};

interface SkillsEditorProps {
  value: string[];
  onChange: (skills: string[]) => void;
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** The part of the draft being typed: the text after its last comma. */
function lastPart(draft: string) {
  return draft.slice(draft.lastIndexOf(',') + 1).trim();
}

/**
 * Skills as removable chips, plus an input that adds one (or a comma-separated few) on Enter or "Add".
 * While typing, skills from O*NET and ESCO are suggested; Arrow keys and Enter (or a click) pick one,
 * and Enter alone keeps what was typed, as written.
 */
export function SkillsEditor({ value, onChange }: SkillsEditorProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const listId = `${inputId}-suggestions`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [active, setActive] = useState(-1);
  const [dismissed, setDismissed] = useState(false);
  const term = useDebounced(lastPart(draft), SUGGEST_AFTER_MS);
  const { data } = useSkillSuggestions(term);
  const taken = new Set(value.map((skill) => skill.toLowerCase()));
  const suggestions = lastPart(draft) ? (data ?? []).filter((item) => !taken.has(item.name.toLowerCase())) : [];
  const open = !dismissed && suggestions.length > 0;

  function addNames(names: string[]) {
    const seen = new Set(taken);
    const added: string[] = [];
    for (const name of names.map((part) => part.trim())) {
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      added.push(name);
    }
    setDraft('');
    setActive(-1);
    if (added.length === 0) {
      const typed = names.join(', ').trim();
      if (typed) setAnnouncement(`${typed} is already in your skills.`);
      return;
    }
    onChange([...value, ...added]);
    setAnnouncement(`Added ${added.join(', ')}.`);
  }

  function pick(suggestion: SkillSuggestion) {
    const parts = draft.split(',');
    parts[parts.length - 1] = suggestion.name;
    addNames(parts);
    inputRef.current?.focus();
  }

  function remove(skill: string) {
    onChange(value.filter((item) => item !== skill));
    setAnnouncement(`Removed ${skill}.`);
    inputRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the typed text itself; past either end of the list the typed text comes back.
      setActive((current) => {
        const next = current + step;
        if (next < -1) return suggestions.length - 1;
        return next >= suggestions.length ? -1 : next;
      });
    } else if (event.key === 'Escape' && open) {
      event.preventDefault(); // closes the suggestions, not a surrounding dialog
      setDismissed(true);
    } else if (event.key === 'Enter') {
      event.preventDefault(); // Enter adds the skill; it must not submit the whole form.
      const chosen = open ? suggestions[active] : undefined;
      if (chosen) pick(chosen);
      else addNames(draft.split(','));
    }
  }

  return (
    <div className="space-y-4">
      {value.length > 0 ? (
        <ul aria-label="Skills" className="flex flex-wrap gap-2">
          {value.map((skill) => (
            <li
              key={skill}
              className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-1 pr-1 pl-3 text-sm font-medium text-indigo-800 ring-1 ring-indigo-200 ring-inset"
            >
              {skill}
              <button
                type="button"
                aria-label={`Remove ${skill}`}
                onClick={() => remove(skill)}
                className="grid size-6 place-items-center rounded-full text-indigo-700 hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                <X aria-hidden="true" className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-neutral-600">
          No skills yet. Add the ones you want interviews and matches to count.
        </p>
      )}
      <div className="space-y-1.5">
        <Label htmlFor={inputId}>Add a skill</Label>
        <div className="flex gap-2">
          <div className="relative w-full max-w-xs">
            <Input
              ref={inputRef}
              id={inputId}
              role="combobox"
              aria-expanded={open}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
              value={draft}
              aria-describedby={hintId}
              autoComplete="off"
              onChange={(event) => {
                setDraft(event.target.value);
                setActive(-1);
                setDismissed(false);
              }}
              onBlur={() => setDismissed(true)}
              onFocus={() => setDismissed(false)}
              onKeyDown={onKeyDown}
            />
            <div
              hidden={!open}
              className="absolute z-10 mt-1 w-full rounded-lg border border-neutral-200 bg-white py-1 shadow-lg"
            >
              <ul id={listId} role="listbox" aria-label="Suggested skills">
                {suggestions.map((suggestion, index) => (
                  <li
                    key={suggestion.name}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === active}
                    // mousedown, not click: the input keeps focus and the list stays until the pick.
                    onMouseDown={(event) => {
                      event.preventDefault();
                      pick(suggestion);
                    }}
                    className="flex cursor-pointer items-baseline justify-between gap-2 px-3 py-1.5 text-sm aria-selected:bg-indigo-50 hover:bg-neutral-50"
                  >
                    <span className="truncate">
                      {suggestion.name}
                      {suggestion.matched !== suggestion.name && (
                        <span className="text-neutral-500"> ({suggestion.matched})</span>
                      )}
                    </span>
                    <span className="shrink-0 text-xs text-neutral-500">{SOURCE_LABELS[suggestion.source]}</span>
                  </li>
                ))}
              </ul>
              <p className="border-t border-neutral-100 px-3 pt-1 text-[11px] text-neutral-500">
                Suggestions from O*NET (USDOL/ETA, CC BY 4.0) and ESCO (European Commission).
              </p>
            </div>
          </div>
          <Button type="button" variant="secondary" onClick={() => addNames(draft.split(','))}>
            <Plus aria-hidden="true" className="size-4" />
            Add
          </Button>
        </div>
        <p id={hintId} className="text-xs text-neutral-500">
          Press Enter to add what you typed, or pick a suggestion. Separate several with commas. Common aliases (k8s,
          JS) become their full names when saved.
        </p>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
