"""What delivery analysis takes (transcript windows) and returns (a compact, display-ready
report stored as JSON and sent to the SPA as is). Floats are rounded where they are made."""

from typing import Literal

from pydantic import BaseModel, Field

Status = Literal["good", "ok", "improve"]


class TimedWord(BaseModel):
    word: str
    start_s: float
    end_s: float


class TranscriptSegment(BaseModel):
    """One answer: the part of the recording between its question markers, and what was said."""

    question_id: str | None = None
    start_s: float
    end_s: float
    text: str = ""
    words: list[TimedWord] = Field(default_factory=list)


class Speaking(BaseModel):
    words: int
    words_per_minute: float | None
    speaking_time_s: float
    speaking_ratio: float = Field(description="Share of the answer windows with voice activity")


class FillerCount(BaseModel):
    word: str
    count: int


class Fillers(BaseModel):
    count: int
    per_minute: float | None
    top: list[FillerCount]


class Pause(BaseModel):
    start_s: float
    end_s: float


class Pauses(BaseModel):
    threshold_s: float
    count_long: int
    longest_s: float
    items: list[Pause]


class Loudness(BaseModel):
    mean_dbfs: float | None = Field(description="Mean level while speaking")
    variation_db: float | None = Field(description="Standard deviation of the level while speaking")


class VideoStats(BaseModel):
    available: bool
    frames_sampled: int
    face_visible_ratio: float | None
    looking_at_camera_ratio: float | None
    smiling_ratio: float | None


class Card(BaseModel):
    key: str
    label: str
    value: str
    status: Status
    hint: str


class TimelinePoint(BaseModel):
    t_s: int
    loudness_dbfs: float | None
    speaking: bool
    face: bool | None
    looking: bool | None
    smiling: bool | None


class QuestionDelivery(BaseModel):
    question_id: str | None
    start_s: float
    end_s: float
    words: int
    words_per_minute: float | None
    filler_count: int
    long_pauses: int


class DeliveryReport(BaseModel):
    duration_s: float
    speaking: Speaking
    fillers: Fillers
    pauses: Pauses
    loudness: Loudness
    video: VideoStats
    cards: list[Card]
    timeline: list[TimelinePoint] = Field(description="One point per second of the recording")
    per_question: list[QuestionDelivery]
