import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { ErrorAlert } from '@/components/ui/alert';
import { EmptyChart } from '@/components/ui/empty-chart';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';

import { useProgress, type ProgressPoint, type SkillProgress } from '../api/get-progress';
import { formatShortDate } from '../lib/format';

const MAX_SKILLS = 8;
// Room for a long skill ("Site Reliability Engineering") on two lines beside its bar, even on a phone.
const SKILL_LABEL_WIDTH = 140;
const SKILL_ROW_HEIGHT = 40;
const X_AXIS_HEIGHT = 32;

function ChartCard({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
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

/** The chart is drawn for the eye; this table carries the same numbers for everyone else. */
function OverallTable({ points }: { points: ProgressPoint[] }) {
  // The wrapper hides it: a table is never narrower than its content, so `sr-only` on the table
  // itself would still widen the page on a phone.
  return (
    <div className="sr-only">
      <table>
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
    </div>
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
            <Line
              type="monotone"
              dataKey="overall"
              name="Overall"
              stroke="#4f46e5"
              strokeWidth={2.5}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="technical"
              name="Technical"
              stroke="#0891b2"
              strokeDasharray="5 3"
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="communication"
              name="Communication"
              stroke="#d97706"
              strokeDasharray="2 2"
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <OverallTable points={points} />
    </>
  );
}

/** The skills to work on: all of them, weakest first, or the weakest when there are too many to draw. */
function weakestSkills(skills: SkillProgress[]) {
  return [...skills].sort((a, b) => a.average - b.average || a.skill.localeCompare(b.skill)).slice(0, MAX_SKILLS);
}

function hasScores(point: ProgressPoint) {
  return point.overall != null || point.technical != null || point.communication != null;
}

function SkillsChart({ skills }: { skills: SkillProgress[] }) {
  const data = weakestSkills(skills);
  const height = Math.max(160, data.length * SKILL_ROW_HEIGHT + X_AXIS_HEIGHT);
  return (
    <>
      <div aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 520, height }}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="skill" width={SKILL_LABEL_WIDTH} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar
              dataKey="average"
              name="Average score"
              fill="#4f46e5"
              radius={[0, 6, 6, 0]}
              isAnimationActive={false}
            />
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
  const cut = skills.length > MAX_SKILLS;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard id="progress-heading" title="Progress" description="Your overall score in each finished interview.">
        {points.length === 0 ? <EmptyChart>Finish an interview to see your progress over time.</EmptyChart> : null}
        {points.length > 0 && !points.some(hasScores) ? (
          <EmptyChart>
            A line of your scores appears here once the answers in your finished interviews are evaluated.
          </EmptyChart>
        ) : null}
        {points.some(hasScores) ? <OverallChart points={points} /> : null}
      </ChartCard>
      <ChartCard
        id="skills-heading"
        title="Skills"
        description={
          cut
            ? `Your ${MAX_SKILLS} weakest skills of ${skills.length}, the ones to work on: your average score on the questions about each.`
            : `Your average score on the questions about each skill, weakest first.`
        }
      >
        {skills.length === 0 ? (
          <EmptyChart>Scores by skill appear once your answers about them are evaluated.</EmptyChart>
        ) : (
          <SkillsChart skills={skills} />
        )}
      </ChartCard>
    </div>
  );
}
