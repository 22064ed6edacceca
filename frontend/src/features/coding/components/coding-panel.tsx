import { Play, Send } from 'lucide-react';
import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';

import { Button } from '@/components/ui/button';

import { useCodingQuestion, type CodingQuestion, type Submission } from '../api/get-coding-question';
import { useSaveSnapshot } from '../api/save-snapshot';
import { useSubmitCode } from '../api/submit-code';
import { useSnapshotAutosave } from '../hooks/use-snapshot-autosave';
import { runExamples } from '../lib/run-examples';
import type { CodeRunner, RunLanguage, RunResults } from '../lib/run-types';
import { createWorkerRunner } from '../lib/worker-runner';
import { HintsPanel } from './hints-panel';
import { RunResultsPanel } from './run-results';
import { SubmissionVerdict } from './submission-verdict';

const CodeEditor = lazy(() => import('./code-editor'));

export interface CodingPanelProps {
  interviewId: string;
  questionId: string;
  /** Where examples run; the app uses Web Workers, a test can pass a plain function. */
  runner?: CodeRunner;
}

/** A coding question in the room: the problem, the editor, runs of the examples, hints and submitting. */
export default function CodingPanel({ interviewId, questionId, runner }: CodingPanelProps) {
  const query = useCodingQuestion({ interviewId, questionId });
  if (query.isPending) return <p className="p-3 text-sm text-neutral-300">Loading the problem…</p>;
  if (query.isError)
    return (
      <p role="alert" className="p-3 text-sm text-rose-300">
        Could not load the problem: {query.error.message}
      </p>
    );
  return <CodingWorkspace key={query.data.question_id} question={query.data} runner={runner} />;
}

function initialDrafts(question: CodingQuestion): Record<RunLanguage, string> {
  const drafts = { ...question.problem.starter_code };
  const latest = question.latest_submission;
  if (latest) drafts[latest.language] = latest.code;
  return drafts;
}

function CodingWorkspace({ question, runner }: { question: CodingQuestion; runner?: CodeRunner }) {
  const ref = { interviewId: question.interview_id, questionId: question.question_id };
  const { problem } = question;
  const helpId = useId();
  const [language, setLanguage] = useState<RunLanguage>(question.latest_submission?.language ?? question.language);
  const [drafts, setDrafts] = useState(() => initialDrafts(question));
  const [run, setRun] = useState<RunResults | null>(null);
  const [runError, setRunError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [submitted, setSubmitted] = useState<Submission | null>(null);
  const workerRunner = useMemo(() => runner ?? createWorkerRunner(), [runner]);
  const submit = useSubmitCode();
  const snapshot = useSaveSnapshot();
  const readOnly = question.revealed;
  const code = drafts[language];
  useSnapshotAutosave({ ...ref, code, language, enabled: !readOnly });
  // The runtime loads while the candidate reads the problem, not after their first click.
  useEffect(() => {
    if (!readOnly) workerRunner.warm?.(language);
  }, [workerRunner, language, readOnly]);

  async function runCode() {
    setRunning(true);
    setRunError(null);
    snapshot.mutate({ ...ref, code, language, event: 'run' });
    try {
      const job = {
        language,
        code,
        entry: problem.entry[language],
        kind: problem.signature.kind,
        examples: problem.examples,
        timeLimitMs: problem.time_limit_ms,
      };
      setRun(await runExamples(workerRunner, job, problem.comparison));
    } catch (error) {
      setRunError(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  }

  const verdict = submitted ?? question.latest_submission;
  return (
    <section
      aria-label="Coding problem"
      className="space-y-3 rounded-2xl bg-neutral-900/60 p-3 text-neutral-100 ring-1 ring-white/10"
    >
      <header>
        <h3 className="text-base font-semibold">{problem.title}</h3>
        <p className="text-xs text-neutral-400">
          {problem.difficulty} · {problem.hidden_test_count} hidden tests · {problem.time_limit_ms} ms per test
        </p>
        <p className="mt-2 text-sm whitespace-pre-wrap text-neutral-200">{problem.statement}</p>
      </header>
      <div className="flex flex-wrap items-center gap-2">
        <label className="text-sm" htmlFor={`${helpId}-language`}>
          Language
        </label>
        <select
          id={`${helpId}-language`}
          value={language}
          onChange={(event) => setLanguage(event.target.value as RunLanguage)}
          className="rounded-md bg-neutral-800 px-2 py-1 text-sm ring-1 ring-white/20"
        >
          <option value="python">Python</option>
          <option value="javascript">JavaScript</option>
        </select>
        <p id={helpId} className="text-xs text-neutral-400">
          Tab indents. To leave the editor with the keyboard, press Escape, then Tab.
        </p>
      </div>
      <Suspense fallback={<p className="text-sm text-neutral-400">Loading the editor…</p>}>
        <CodeEditor
          value={code}
          language={language}
          label={`Your solution in ${language === 'python' ? 'Python' : 'JavaScript'}`}
          describedBy={helpId}
          onChange={(next) => setDrafts((current) => ({ ...current, [language]: next }))}
        />
      </Suspense>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          isLoading={running}
          disabled={running || !code.trim()}
          onClick={() => void runCode()}
        >
          <Play aria-hidden="true" className="size-4" />
          Run examples
        </Button>
        {!readOnly ? (
          <Button
            type="button"
            isLoading={submit.isPending}
            disabled={submit.isPending || !code.trim()}
            onClick={() => submit.mutate({ ...ref, code, language }, { onSuccess: setSubmitted })}
          >
            <Send aria-hidden="true" className="size-4" />
            Submit
          </Button>
        ) : null}
      </div>
      {runError ? (
        <p role="alert" className="text-sm text-rose-300">
          {runError}
        </p>
      ) : null}
      {submit.isError ? (
        <p role="alert" className="text-sm text-rose-300">
          Could not submit: {submit.error.message}
        </p>
      ) : null}
      {run ? <RunResultsPanel run={run} /> : null}
      {verdict ? <SubmissionVerdict submission={verdict} /> : null}
      {submitted?.follow_up_question_id ? (
        <p className="text-sm text-indigo-200">
          The interviewer has a follow-up question about your code: it is asked next.
        </p>
      ) : null}
      <HintsPanel {...ref} hints={question.hints} readOnly={readOnly} />
    </section>
  );
}
