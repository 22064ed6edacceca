import { Plus, X } from 'lucide-react';
import { useId, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

interface SkillsEditorProps {
  value: string[];
  onChange: (skills: string[]) => void;
}

/** Skills as removable chips, plus an input that adds one (or a comma-separated few) on Enter or "Add". */
export function SkillsEditor({ value, onChange }: SkillsEditorProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [announcement, setAnnouncement] = useState('');

  function add() {
    const seen = new Set(value.map((skill) => skill.toLowerCase()));
    const added: string[] = [];
    for (const name of draft.split(',').map((part) => part.trim())) {
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      added.push(name);
    }
    setDraft('');
    if (added.length === 0) {
      if (draft.trim()) setAnnouncement(`${draft.trim()} is already in your skills.`);
      return;
    }
    onChange([...value, ...added]);
    setAnnouncement(`Added ${added.join(', ')}.`);
  }

  function remove(skill: string) {
    onChange(value.filter((item) => item !== skill));
    setAnnouncement(`Removed ${skill}.`);
    inputRef.current?.focus();
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
        <p className="text-sm text-neutral-600">No skills yet. Add the ones you want interviews and matches to count.</p>
      )}
      <div className="space-y-1.5">
        <Label htmlFor={inputId}>Add a skill</Label>
        <div className="flex gap-2">
          <Input
            ref={inputRef}
            id={inputId}
            value={draft}
            aria-describedby={hintId}
            autoComplete="off"
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault(); // Enter adds the skill; it must not submit the whole form.
                add();
              }
            }}
            className="max-w-xs"
          />
          <Button type="button" variant="secondary" onClick={add}>
            <Plus aria-hidden="true" className="size-4" />
            Add
          </Button>
        </div>
        <p id={hintId} className="text-xs text-neutral-500">
          Press Enter to add. Separate several with commas. Common aliases (k8s, JS) become their full names when saved.
        </p>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
