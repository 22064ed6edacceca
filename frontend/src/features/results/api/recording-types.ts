import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type Recording = Schemas['RecordingRead'];
export type RecordingStatus = Recording['status'];
export type AnalysisStatus = Schemas['RecordingAnalytics']['status'];
export type Marker = Schemas['MarkerRead'];
export type Playback = Schemas['PlaybackLink'];
export type TranscriptLine = Schemas['app__recordings__schemas__TranscriptLine'];
export type Chapter = Schemas['Chapter'];
export type RecordingTranscript = Schemas['RecordingTranscript'];

/*
 * The delivery report is stored as JSON and served as is, so OpenAPI only says "object":
 * these mirror backend/app/analytics/schemas.py (DeliveryReport).
 */
export type CardStatus = 'good' | 'ok' | 'improve';

export interface DeliveryCard {
  key: string;
  label: string;
  value: string;
  status: CardStatus;
  hint: string;
}

export interface TimelinePoint {
  t_s: number;
  loudness_dbfs: number | null;
  speaking: boolean;
  face: boolean | null;
  looking: boolean | null;
  smiling: boolean | null;
}

export interface QuestionDelivery {
  question_id: string | null;
  start_s: number;
  end_s: number;
  words: number;
  words_per_minute: number | null;
  filler_count: number;
  long_pauses: number;
}

export interface DeliveryReport {
  duration_s: number;
  speaking: { words: number; words_per_minute: number | null; speaking_time_s: number; speaking_ratio: number };
  fillers: { count: number; per_minute: number | null; top: { word: string; count: number }[] };
  pauses: { threshold_s: number; count_long: number; longest_s: number; items: { start_s: number; end_s: number }[] };
  loudness: { mean_dbfs: number | null; variation_db: number | null };
  video: {
    available: boolean;
    frames_sampled: number;
    face_visible_ratio: number | null;
    looking_at_camera_ratio: number | null;
    smiling_ratio: number | null;
  };
  cards: DeliveryCard[];
  timeline: TimelinePoint[];
  per_question: QuestionDelivery[];
}

/** The analytics read, with its report typed. */
export type RecordingAnalytics = Omit<Schemas['RecordingAnalytics'], 'report'> & { report: DeliveryReport | null };
