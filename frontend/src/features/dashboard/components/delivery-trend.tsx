import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { EmptyChart } from '@/components/ui/empty-chart';
import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { formatDate } from '@/lib/format';

import { useDeliveryTrend, type DeliveryPoint } from '../api/get-delivery-trend';
import { formatShortDate } from '../lib/format';

function percent(ratio: number | null) {
  return ratio === null ? '—' : `${Math.round(ratio * 100)}%`;
}

/** The same numbers as the chart, for screen readers and for reading exact values. */
function DeliveryTable({ points }: { points: DeliveryPoint[] }) {
  return (
    <Table framed={false}>
      <caption className="sr-only">Delivery by recorded interview</caption>
      <TableHead>
        <tr>
          <Th>Recorded</Th>
          <Th>Role</Th>
          <Th className="text-right">Words per minute</Th>
          <Th className="text-right">Fillers per minute</Th>
          <Th className="text-right">Long pauses</Th>
          <Th className="text-right">Facing the camera</Th>
        </tr>
      </TableHead>
      <TableBody>
        {points.map((point) => (
          <Tr key={point.interview_id}>
            <Td label="Recorded">{formatDate(point.recorded_at)}</Td>
            <Td label="Role">{point.role}</Td>
            <Td label="Words per minute" className="text-right tabular-nums">
              {point.words_per_minute === null ? '—' : Math.round(point.words_per_minute)}
            </Td>
            <Td label="Fillers per minute" className="text-right tabular-nums">
              {point.fillers_per_minute ?? '—'}
            </Td>
            <Td label="Long pauses" className="text-right tabular-nums">
              {point.long_pauses}
            </Td>
            <Td label="Facing the camera" className="text-right tabular-nums">
              {percent(point.looking_at_camera_ratio)}
            </Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
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
  const drawable = data.some((point) => point.pace !== null || point.fillers !== null);
  return (
    <section
      aria-labelledby="delivery-trend-heading"
      className="space-y-3 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm"
    >
      <div>
        <h2 id="delivery-trend-heading" className="text-base font-semibold text-neutral-900">
          Your delivery over time
        </h2>
        <p className="text-sm text-neutral-600">
          From your recorded interviews: aim for 120–160 words per minute and under 2 fillers per minute.
        </p>
      </div>
      {points.length > 1 && !drawable ? (
        <EmptyChart>Lines of your pace and fillers appear here once your recordings have speech to measure.</EmptyChart>
      ) : null}
      {points.length > 1 && drawable ? (
        <div className="h-56" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e5e5e5" />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} />
              <YAxis yAxisId="pace" tick={{ fontSize: 12 }} />
              <YAxis yAxisId="fillers" orientation="right" tick={{ fontSize: 12 }} />
              <Tooltip />
              <Legend />
              <Line
                yAxisId="pace"
                type="monotone"
                dataKey="pace"
                name="Words per minute"
                stroke="#4f46e5"
                strokeWidth={2}
                connectNulls
              />
              <Line
                yAxisId="fillers"
                type="monotone"
                dataKey="fillers"
                name="Fillers per minute"
                stroke="#d97706"
                strokeWidth={2}
                connectNulls
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      ) : null}
      <DeliveryTable points={points} />
    </section>
  );
}
