import type { components } from '@/api/schema';

type CodingResults = components['schemas']['CodingResults'];
type CodingProblem = CodingResults['problems'][number];

const LANGUAGES: Record<string, string> = { python: 'Python', javascript: 'JavaScript' };

function words(value: string) {
  return value.replaceAll('_', ' ');
}

function Score({ label, value, note }: { label: string; value: number | null | undefined; note: string }) {
  return (
    <div className="rounded-lg border border-neutral-200 p-3">
      <dt className="text-xs font-medium text-neutral-600">{label}</dt>
      <dd className="text-lg font-semibold text-neutral-900">{value ?? '—'}</dd>
      <dd className="text-xs text-neutral-600">{note}</dd>
    </div>
  );
}

function Code({ label, code }: { label: string; code: string }) {
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      className="max-h-96 overflow-auto rounded-lg bg-neutral-900 p-3 text-xs text-neutral-100"
    >
      <code>{code}</code>
    </pre>
  );
}

function Problem({ problem, number }: { problem: CodingProblem; number: number }) {
  const { efficiency, quality, explanation, model_solution: solution } = problem;
  const headingId = `coding-problem-${problem.question_id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-4 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm"
    >
      <header>
        <h3 id={headingId} className="text-base font-semibold text-neutral-900">
          Problem {number}: {problem.title}
        </h3>
        <p className="text-sm text-neutral-600">
          {[problem.difficulty, problem.topic && words(problem.topic), LANGUAGES[problem.language] ?? problem.language]
            .filter(Boolean)
            .join(' · ')}{' '}
          · {problem.verdict ? words(problem.verdict) : 'not submitted'} · hidden tests passed {problem.hidden_passed}/
          {problem.hidden_total}
          {problem.score !== null ? ` · score ${problem.score}/100` : ''}
        </p>
      </header>
      <dl className="grid gap-2 sm:grid-cols-4">
        <Score label="Correctness" value={problem.correctness} note="Hidden normal and edge tests passed (60%)." />
        <Score
          label="Efficiency"
          value={efficiency?.score}
          note={
            efficiency
              ? `${efficiency.passed}/${efficiency.total} large inputs in time; expected ${efficiency.expected} (25%).`
              : 'No large inputs.'
          }
        />
        <Score
          label="Quality"
          value={quality?.score}
          note={
            quality
              ? `${quality.findings.length} lint ${quality.findings.length === 1 ? 'finding' : 'findings'} (15%).`
              : 'Not checked.'
          }
        />
        <Score label="Explanation" value={explanation?.score} note="The follow-up about the code, evaluated." />
      </dl>
      <p className="text-sm text-neutral-700">
        Hints used: {problem.hints_used} ({problem.hint_penalty} points off) · submissions: {problem.submissions}
        {efficiency?.growth ? ` · time grew ${efficiency.growth}` : ''}
      </p>
      <section aria-label="Final code" className="space-y-1">
        <h4 className="text-sm font-semibold text-neutral-900">Final code</h4>
        {problem.code ? (
          <Code label={`Final code of problem ${number}`} code={problem.code} />
        ) : (
          <p className="text-sm text-neutral-600">Not submitted.</p>
        )}
      </section>
      {problem.failing.length > 0 ? (
        <section className="space-y-1">
          <h4 className="text-sm font-semibold text-neutral-900">Hidden tests failed</h4>
          <ul className="space-y-2 text-sm">
            {problem.failing.map((test) => (
              <li key={test.name} className="rounded-lg border border-red-200 bg-red-50/60 p-2 break-words">
                <span className="font-medium">{test.name}</span> ({test.kind}, {words(test.verdict)})
                {test.input ? <span className="block font-mono text-xs">input: {test.input}</span> : null}
                {test.expected ? <span className="block font-mono text-xs">expected: {test.expected}</span> : null}
                {test.actual ? <span className="block font-mono text-xs">got: {test.actual}</span> : null}
                {test.error ? <span className="block font-mono text-xs">error: {test.error}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {explanation ? (
        <section className="space-y-1">
          <h4 className="text-sm font-semibold text-neutral-900">Explanation: {explanation.question}</h4>
          <p className="text-sm text-neutral-800 italic">{explanation.transcript ?? 'Not answered.'}</p>
        </section>
      ) : null}
      {solution ? (
        <section className="space-y-1">
          <h4 className="text-sm font-semibold text-neutral-900">Model solution</h4>
          <p className="text-sm text-neutral-800">{solution.approach}</p>
          <p className="text-xs text-neutral-600">
            Time {solution.time}, space {solution.space}.
          </p>
          {solution.alternatives.length > 0 ? (
            <ul className="list-disc pl-5 text-sm text-neutral-700">
              {solution.alternatives.map((alternative) => (
                <li key={alternative}>{alternative}</li>
              ))}
            </ul>
          ) : null}
          <Code
            label={`Model solution of problem ${number}`}
            code={problem.language === 'javascript' ? solution.javascript : solution.python}
          />
        </section>
      ) : null}
    </article>
  );
}

/** The coding problems of a finished interview: code, hidden tests, scores and how they were made, model solution. */
export function CodingSection({ coding }: { coding: CodingResults | null | undefined }) {
  if (!coding || coding.problems.length === 0) return null;
  return (
    <section aria-labelledby="coding-section-heading" className="space-y-3">
      <h2 id="coding-section-heading" className="text-lg font-semibold text-neutral-900">
        Coding
      </h2>
      <p className="text-sm text-neutral-600">
        {coding.score !== null ? `Coding score ${coding.score}/100, the average of the problems. ` : ''}A submission
        scores correctness 60%, efficiency 25% and code quality 15%; each hint costs 10 points; a problem never
        submitted counts 0.
        {coding.pending ? ' Some explanations are still being evaluated.' : ''}
      </p>
      {coding.problems.map((problem, index) => (
        <Problem key={problem.question_id} problem={problem} number={index + 1} />
      ))}
    </section>
  );
}
