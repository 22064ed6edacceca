import { useEffect, useRef } from 'react';

import type { CodingLanguage } from '../api/get-coding-question';
import { useSaveSnapshot } from '../api/save-snapshot';

const DEBOUNCE_MS = 3000;

/** Saves the editor to the code timeline a few seconds after typing stops (the server drops repeats). */
export function useSnapshotAutosave({
  interviewId,
  questionId,
  code,
  language,
  enabled,
}: {
  interviewId: string;
  questionId: string;
  code: string;
  language: CodingLanguage;
  enabled: boolean;
}) {
  const { mutate } = useSaveSnapshot();
  const first = useRef(true);
  useEffect(() => {
    // The code as loaded is not an edit.
    if (first.current) {
      first.current = false;
      return;
    }
    if (!enabled) return;
    const timer = setTimeout(() => mutate({ interviewId, questionId, code, language, event: 'edit' }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [interviewId, questionId, code, language, enabled, mutate]);
}
