// A typed answer is kept in this browser as it is written, until it is submitted: a reload, Back
// or a closed tab does not lose it.
const PREFIX = 'rehearse.draft';

const keyFor = (interviewId: string, questionId: string) => `${PREFIX}.${interviewId}.${questionId}`;

export function loadDraft(interviewId: string, questionId: string): string | null {
  try {
    return localStorage.getItem(keyFor(interviewId, questionId));
  } catch {
    return null;
  }
}

export function saveDraft(interviewId: string, questionId: string, text: string) {
  try {
    if (text.trim()) localStorage.setItem(keyFor(interviewId, questionId), text);
    else localStorage.removeItem(keyFor(interviewId, questionId));
  } catch {
    // Storage full or blocked: the answer box still holds the text.
  }
}

export function clearDraft(interviewId: string, questionId: string) {
  try {
    localStorage.removeItem(keyFor(interviewId, questionId));
  } catch {
    // Nothing to clear.
  }
}
