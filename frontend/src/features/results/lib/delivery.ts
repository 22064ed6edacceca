import type { DeliveryReport, TimelinePoint } from '../api/recording-types';
import { formatDuration } from './recording';

/** Loudness below this is drawn at the floor of the chart. */
export const LOUDNESS_FLOOR_DBFS = -60;

export interface TimelineDatum {
  t: number;
  loudness: number | null;
  speaking: number;
  /** Face in frame and looking at the camera. */
  looking: number;
  /** Face in frame, looking away. */
  away: number;
}

export function timelineData(timeline: TimelinePoint[]): TimelineDatum[] {
  return timeline.map((point) => ({
    t: point.t_s,
    loudness: point.loudness_dbfs === null ? null : Math.max(LOUDNESS_FLOOR_DBFS, point.loudness_dbfs),
    speaking: point.speaking ? 1 : 0,
    looking: point.face && point.looking ? 1 : 0,
    away: point.face && !point.looking ? 1 : 0,
  }));
}

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
const seconds = (value: number) => `${Math.round(value * 10) / 10} s`;

/** The chart in words, for its caption: what a sighted reader would take from it. */
export function timelineSummary(report: DeliveryReport): string {
  const { speaking, loudness, pauses, video } = report;
  const parts = [
    `Over ${formatDuration(report.duration_s)}, you were speaking ${percent(speaking.speaking_ratio)} of the time.`,
  ];
  if (loudness.mean_dbfs !== null) {
    const variation = loudness.variation_db === null ? '' : `, varying by ${Math.round(loudness.variation_db)} dB`;
    parts.push(`Your average loudness was ${Math.round(loudness.mean_dbfs)} dBFS${variation}.`);
  }
  parts.push(
    pauses.count_long === 0
      ? `There were no pauses longer than ${seconds(pauses.threshold_s)}.`
      : `There ${pauses.count_long === 1 ? 'was 1 pause' : `were ${pauses.count_long} pauses`} longer than ${seconds(pauses.threshold_s)}, the longest ${seconds(pauses.longest_s)}.`,
  );
  if (video.available && video.face_visible_ratio !== null)
    parts.push(`Your face was in frame ${percent(video.face_visible_ratio)} of the time.`);
  if (video.available && video.looking_at_camera_ratio !== null)
    parts.push(`You looked at the camera ${percent(video.looking_at_camera_ratio)} of the time.`);
  return parts.join(' ');
}
