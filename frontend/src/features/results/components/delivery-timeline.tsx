import { useId } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import type { DeliveryReport } from '../api/recording-types';
import { LOUDNESS_FLOOR_DBFS, timelineData, timelineSummary } from '../lib/delivery';
import { formatClock } from '../lib/recording';

const COLORS = { loudness: '#4f46e5', speaking: '#c7d2fe', pause: '#f59e0b', looking: '#059669', away: '#fbbf24' };

function Swatch({ color, label, line = false }: { color: string; label: string; line?: boolean }) {
  return (
    <li className="flex items-center gap-1.5">
      <span
        aria-hidden="true"
        className={line ? 'h-0.5 w-4' : 'size-3 rounded-sm'}
        style={{ backgroundColor: color }}
      />
      {label}
    </li>
  );
}

/**
 * Loudness over time over shaded speaking stretches, long pauses marked, and (with video) a band
 * along the bottom for looking at the camera. The caption says the same in words.
 */
export function DeliveryTimeline({ report }: { report: DeliveryReport }) {
  const captionId = useId();
  const data = timelineData(report.timeline);
  const withVideo = report.video.available;
  return (
    <figure aria-labelledby={captionId} className="space-y-3">
      <div aria-hidden="true" className="h-56">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 224 }}>
          <ComposedChart data={data} margin={{ top: 8, right: 12, left: 0, bottom: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="t"
              type="number"
              domain={[0, Math.max(1, report.duration_s)]}
              tickFormatter={formatClock}
              tick={{ fontSize: 12 }}
            />
            <YAxis yAxisId="loudness" domain={[LOUDNESS_FLOOR_DBFS, 0]} width={44} tick={{ fontSize: 12 }} unit=" dB" />
            <YAxis yAxisId="speaking" domain={[0, 1]} hide />
            <YAxis yAxisId="face" domain={[0, 12]} hide />
            <Area
              yAxisId="speaking"
              dataKey="speaking"
              type="stepAfter"
              fill={COLORS.speaking}
              fillOpacity={0.5}
              stroke="none"
              tooltipType="none"
              isAnimationActive={false}
            />
            {report.pauses.items.map((pause) => (
              <ReferenceArea
                key={pause.start_s}
                yAxisId="loudness"
                x1={pause.start_s}
                x2={pause.end_s}
                fill={COLORS.pause}
                fillOpacity={0.25}
                stroke={COLORS.pause}
                strokeDasharray="3 3"
              />
            ))}
            {withVideo ? (
              <>
                <Area
                  yAxisId="face"
                  dataKey="looking"
                  stackId="face"
                  type="stepAfter"
                  fill={COLORS.looking}
                  fillOpacity={0.8}
                  stroke="none"
                  tooltipType="none"
                  isAnimationActive={false}
                />
                <Area
                  yAxisId="face"
                  dataKey="away"
                  stackId="face"
                  type="stepAfter"
                  fill={COLORS.away}
                  fillOpacity={0.8}
                  stroke="none"
                  tooltipType="none"
                  isAnimationActive={false}
                />
              </>
            ) : null}
            <Line
              yAxisId="loudness"
              dataKey="loudness"
              type="monotone"
              stroke={COLORS.loudness}
              strokeWidth={1.5}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Tooltip
              labelFormatter={(value) => formatClock(Number(value))}
              formatter={(value) => [`${Math.round(Number(value))} dBFS`, 'Loudness']}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-neutral-600">
        <Swatch color={COLORS.loudness} label="Loudness" line />
        <Swatch color={COLORS.speaking} label="Speaking" />
        <Swatch color={COLORS.pause} label="Long pause" />
        {withVideo ? <Swatch color={COLORS.looking} label="Looking at the camera" /> : null}
        {withVideo ? <Swatch color={COLORS.away} label="Looking away" /> : null}
      </ul>
      <figcaption id={captionId} className="text-sm text-neutral-700">
        <span className="font-medium text-neutral-900">Timeline. </span>
        {timelineSummary(report)}
      </figcaption>
    </figure>
  );
}
