import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { formatDate } from '@/lib/format';

import { useDeliveryTrend, type DeliveryPoint } from '../api/get-delivery-trend';
import { formatShortDate } from '../lib/format';

function percent(ratio: number | null) {
  return ratio === null ? '—' : `${Math.round(ratio * 100)}%`;
}

/** The same numbers as the chart, for screen readers and for reading exact values. */
function DeliveryTable({ points }: { points: DeliveryPoint[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Delivery by recorded interview</caption>
      <thead className="text-xs text-neutral-500 uppercase">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">Recorded</th>
          <th scope="col" className="py-2 pr-3 font-medium">Role</th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">Words per minute</th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">Fillers per minute</th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">Long pauses</th>
          <th scope="col" className="py-2 text-right font-medium">Facing the camera</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-neutral-100 text-neutral-800">
        {points.map((point) => (
          <tr key={point.interview_id}>
            <td className="py-2 pr-3">{formatDate(point.recorded_at)}</td>
            <td className="py-2 pr-3">{point.role}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{point.words_per_minute === null ? '—' : Math.round(point.words_per_minute)}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{point.fillers_per_minute ?? '—'}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{point.long_pauses}</td>
            <td className="py-2 text-right tabular-nums">{percent(point.looking_at_camera_ratio)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How the candidate came across, interview after interview; hidden until one was recorded. */
export function DeliveryTrend() {
  const trend = useDeliveryTrend();
  const points = trend.data ?? [];
  if (points.length === 0) return null;
  const data = points.map((point) => ({
    label: formatShortDate(point.recorded_at),
    pace: point.words_per_minute,
    fillers: point.fillers_per_minute,
  }));
  return (
    <section aria-labelledby="delivery-trend-heading" className="space-y-3 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm">
      <div>
        <h2 id="delivery-trend-heading" className="text-base font-semibold text-neutral-900">
          Your delivery over time
        </h2>
        <p className="text-sm text-neutral-600">From your recorded interviews: aim for 120–160 words per minute and under 2 fillers per minute.</p>
      </div>
      {points.length > 1 ? (
        <div className="h-56" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e5e5e5" />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} />
              <YAxis yAxisId="pace" tick={{ fontSize: 12 }} />
              <YAxis yAxisId="fillers" orientation="right" tick={{ fontSize: 12 }} />
              <Tooltip />
              <Legend />
              <Line yAxisId="pace" type="monotone" dataKey="pace" name="Words per minute" stroke="#4f46e5" strokeWidth={2} connectNulls />
              <Line yAxisId="fillers" type="monotone" dataKey="fillers" name="Fillers per minute" stroke="#d97706" strokeWidth={2} connectNulls />
            </LineChart>
          </ResponsiveContainer>
        </div>
      ) : null}
      <DeliveryTable points={points} />
    </section>
  );
}
