import { LineChart as LineIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { ErrorAlert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';

import { useProgress, type ProgressPoint, type SkillProgress } from '../api/get-progress';
import { formatShortDate } from '../lib/format';

const MAX_SKILLS = 8;

function ChartCard({ id, title, description, children }: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm">
      <div>
        <h2 id={id} className="text-base font-semibold text-neutral-900">
          {title}
        </h2>
        <p className="text-sm text-neutral-600">{description}</p>
      </div>
      {children}
    </section>
  );
}

function NoData({ children }: { children: ReactNode }) {
  return (
    <div className="flex h-48 flex-col items-center justify-center gap-2 rounded-xl border border-dashed border-neutral-300 text-center text-sm text-neutral-600">
      <LineIcon aria-hidden="true" className="size-6 text-neutral-400" />
      {children}
    </div>
  );
}

/** The chart is drawn for the eye; this table carries the same numbers for everyone else. */
function OverallTable({ points }: { points: ProgressPoint[] }) {
  return (
    <table className="sr-only">
      <caption>Scores by interview</caption>
      <thead>
        <tr>
          <th scope="col">Finished</th>
          <th scope="col">Role</th>
          <th scope="col">Overall</th>
          <th scope="col">Technical</th>
          <th scope="col">Communication</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.interview_id}>
            <td>{formatDate(point.completed_at)}</td>
            <td>{point.role}</td>
            <td>{point.overall ?? '—'}</td>
            <td>{point.technical ?? '—'}</td>
            <td>{point.communication ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OverallChart({ points }: { points: ProgressPoint[] }) {
  const data = points.map((point) => ({ ...point, date: formatShortDate(point.completed_at) }));
  return (
    <>
      <div aria-hidden="true" className="h-56">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 520, height: 224 }}>
          <LineChart data={data} margin={{ top: 8, right: 16, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="date" tick={{ fontSize: 12 }} />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="overall" name="Overall" stroke="#4f46e5" strokeWidth={2.5} connectNulls isAnimationActive={false} />
            <Line type="monotone" dataKey="technical" name="Technical" stroke="#0891b2" strokeDasharray="5 3" connectNulls isAnimationActive={false} />
            <Line type="monotone" dataKey="communication" name="Communication" stroke="#d97706" strokeDasharray="2 2" connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <OverallTable points={points} />
    </>
  );
}

function SkillsChart({ skills }: { skills: SkillProgress[] }) {
  const data = [...skills].sort((a, b) => b.average - a.average).slice(0, MAX_SKILLS);
  return (
    <>
      <div aria-hidden="true" style={{ height: Math.max(160, data.length * 34) }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 520, height: Math.max(160, data.length * 34) }}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="skill" width={110} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="average" name="Average score" fill="#4f46e5" radius={[0, 6, 6, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul aria-label="Average score by skill" className="sr-only">
        {data.map((skill) => (
          <li key={skill.skill}>
            {skill.skill}: {skill.average}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Overall score over time and the average score by skill, with empty states before any data. */
export function ProgressCharts() {
  const progress = useProgress();
  if (progress.isPending) {
    return (
      <div role="status" className="grid gap-4 lg:grid-cols-2">
        <span className="sr-only">Loading your progress…</span>
        <Skeleton className="h-72 rounded-2xl" />
        <Skeleton className="h-72 rounded-2xl" />
      </div>
    );
  }
  if (progress.isError) return <ErrorAlert>{errorMessage(progress.error)}</ErrorAlert>;
  const { points, skills } = progress.data;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard id="progress-heading" title="Progress" description="Your overall score in each finished interview.">
        {points.length === 0 ? <NoData>Finish an interview to see your progress over time.</NoData> : <OverallChart points={points} />}
      </ChartCard>
      <ChartCard id="skills-heading" title="Skills" description="Your average score on the questions about each skill.">
        {skills.length === 0 ? <NoData>Scores by skill appear once your answers about them are evaluated.</NoData> : <SkillsChart skills={skills} />}
      </ChartCard>
    </div>
  );
}
