"""Display-ready cards: each figure with a status and a plain-English hint that quotes it.

Thresholds, as (low, high) bands; "good" inside GOOD, "ok" inside OK, "improve" otherwise:
- Pace: 120-160 words per minute is good, 100-180 ok (interview coaching norms).
- Fillers: up to 2 a minute is good, up to 5 ok.
- Long pauses (3 s or more): up to 0.2 per answer-minute is good (2 in 10 minutes), up to
  0.6 ok.
- Speaking time: speaking 60% of the answer windows or more is good, 40% ok.
- Volume (mean level while speaking): -32 to -10 dBFS good, -40 to -6 ok. Browsers apply
  automatic gain control by default, so this mostly catches a muted or clipping microphone.
- Vocal variety (spread of the level while speaking): 5 dB or more good, 3 dB ok.
- On camera 90% of the time good, 70% ok; facing the camera 60% good, 35% ok (the cascade
  heuristic misses some frames even when someone looks straight at the lens); smiling 10% good,
  3% ok.
"""

from app.analytics.schemas import Card, Fillers, Loudness, Pauses, Speaking, Status, VideoStats

Band = tuple[float, float]
INF = float("inf")
PACE_GOOD, PACE_OK = (120, 160), (100, 180)
FILLERS_GOOD, FILLERS_OK = (0, 2), (0, 5)
PAUSES_GOOD, PAUSES_OK = (0, 0.2), (0, 0.6)
SPEAKING_GOOD, SPEAKING_OK = (0.6, 1), (0.4, 1)
VOLUME_GOOD, VOLUME_OK = (-32, -10), (-40, -6)
VARIETY_GOOD, VARIETY_OK = (5, INF), (3, INF)
FACE_GOOD, FACE_OK = (0.9, 1), (0.7, 1)
LOOKING_GOOD, LOOKING_OK = (0.6, 1), (0.35, 1)
SMILE_GOOD, SMILE_OK = (0.1, 1), (0.03, 1)


def grade(value: float, good: Band, ok: Band) -> Status:
    if good[0] <= value <= good[1]:
        return "good"
    return "ok" if ok[0] <= value <= ok[1] else "improve"


def build_cards(
    *,
    speaking: Speaking,
    fillers: Fillers,
    pauses: Pauses,
    loudness: Loudness,
    video: VideoStats,
    answer_minutes: float,
    has_audio: bool = True,
) -> list[Card]:
    cards: list[Card | None] = [pace_card(speaking.words_per_minute), fillers_card(fillers)]
    if has_audio:
        cards += [
            pauses_card(pauses, answer_minutes),
            speaking_card(speaking),
            volume_card(loudness.mean_dbfs),
            variety_card(loudness.variation_db),
        ]
    if video.available and video.frames_sampled:
        cards += video_cards(video)
    return [card for card in cards if card is not None]


def pace_card(wpm: float | None) -> Card | None:
    if wpm is None:
        return None
    status = grade(wpm, PACE_GOOD, PACE_OK)
    said = f"You spoke at {wpm:.0f} words per minute"
    if status == "good":
        hint = f"{said}, a comfortable pace for an interview (120-160)."
    elif wpm < PACE_GOOD[0]:
        hint = (
            f"{said}, slower than the 120-160 that keeps an interviewer engaged. Outline the "
            "answer in your head first, then speak in full sentences without restarting."
        )
    else:
        hint = (
            f"{said}; above 160 an answer gets hard to follow. Slow down on the key points "
            "and let each one land with a short pause."
        )
    return Card(key="pace", label="Pace", value=f"{wpm:.0f} wpm", status=status, hint=hint)


def fillers_card(fillers: Fillers) -> Card | None:
    if fillers.per_minute is None:
        return None
    status = grade(fillers.per_minute, FILLERS_GOOD, FILLERS_OK)
    hint = f"You used {fillers.count} filler words ({fillers.per_minute:.1f} per minute)"
    if fillers.top:
        common = ", ".join(f'"{item.word}" ({item.count})' for item in fillers.top[:3])
        hint += f"; most often {common}"
    if status == "good":
        hint += ". That is hardly noticeable."
    else:
        hint += ". Replace them with a short silent pause: it sounds more confident."
    value = f"{fillers.per_minute:.1f} / min"
    return Card(key="fillers", label="Filler words", value=value, status=status, hint=hint)


def pauses_card(pauses: Pauses, answer_minutes: float) -> Card:
    rate = pauses.count_long / answer_minutes if answer_minutes > 0 else 0.0
    status = grade(rate, PAUSES_GOOD, PAUSES_OK)
    over = f"{pauses.threshold_s:g} seconds"
    if pauses.count_long == 0:
        hint = f"No silences over {over}: your answers flowed without long gaps."
    else:
        times = "once" if pauses.count_long == 1 else f"{pauses.count_long} times"
        hint = (
            f"You paused {times} for over {over}; the longest was {pauses.longest_s:.1f} s. "
            "A short pause is fine; when you need longer, try a bridging phrase such as "
            '"let me think about the trade-offs" so the silence does not read as being stuck.'
        )
    value = str(pauses.count_long)
    return Card(key="pauses", label="Long pauses", value=value, status=status, hint=hint)


def speaking_card(speaking: Speaking) -> Card:
    ratio = speaking.speaking_ratio
    status = grade(ratio, SPEAKING_GOOD, SPEAKING_OK)
    said = (
        f"You were speaking for {ratio:.0%} of your answer time ({speaking.speaking_time_s:.0f} s)"
    )
    if status == "good":
        hint = f"{said}: you used the time well."
    else:
        hint = (
            f"{said}. Long silences make an answer feel unprepared; a simple structure "
            "(situation, task, action, result) gives you the next thing to say."
        )
    value = f"{ratio:.0%}"
    return Card(key="speaking_time", label="Speaking time", value=value, status=status, hint=hint)


def volume_card(mean_dbfs: float | None) -> Card | None:
    if mean_dbfs is None:
        return None
    status = grade(mean_dbfs, VOLUME_GOOD, VOLUME_OK)
    said = f"Your voice averaged {mean_dbfs:.0f} dBFS"
    if status == "good":
        hint = f"{said}, a clear level for the microphone."
    elif mean_dbfs < VOLUME_GOOD[0]:
        hint = f"{said}, which is quiet. Move closer to the microphone or speak up a little."
    else:
        hint = f"{said}, loud enough to distort. Move back from the microphone a little."
    value = f"{mean_dbfs:.0f} dBFS"
    return Card(key="volume", label="Volume", value=value, status=status, hint=hint)


def variety_card(variation_db: float | None) -> Card | None:
    if variation_db is None:
        return None
    status = grade(variation_db, VARIETY_GOOD, VARIETY_OK)
    said = f"Your loudness varied by ±{variation_db:.1f} dB while you spoke"
    if status == "good":
        hint = f"{said}: a lively delivery that stresses what matters."
    else:
        hint = f"{said}, which can sound flat. Stress the key words: results, numbers, decisions."
    value = f"±{variation_db:.1f} dB"
    return Card(key="variety", label="Vocal variety", value=value, status=status, hint=hint)


def video_cards(video: VideoStats) -> list[Card]:
    face = video.face_visible_ratio or 0.0
    looking = video.looking_at_camera_ratio or 0.0
    smiling = video.smiling_ratio or 0.0
    face_hint = f"Your face was in view {face:.0%} of the time"
    looking_hint = f"You faced the camera {looking:.0%} of the time"
    smile_hint = f"You were smiling {smiling:.0%} of the time"
    return [
        _ratio_card(
            "on_camera",
            "On camera",
            face,
            FACE_GOOD,
            FACE_OK,
            face_hint,
            "Sit centred, at arm's length, with light in front of you.",
        ),
        _ratio_card(
            "facing_camera",
            "Facing the camera",
            looking,
            LOOKING_GOOD,
            LOOKING_OK,
            looking_hint,
            "Look at the lens rather than the screen when you make a point.",
        ),
        _ratio_card(
            "smiling",
            "Smiling",
            smiling,
            SMILE_GOOD,
            SMILE_OK,
            smile_hint,
            "A smile when you greet and when you finish an answer comes across as warm.",
        ),
    ]


def _ratio_card(
    key: str, label: str, ratio: float, good: Band, ok: Band, said: str, advice: str
) -> Card:
    status = grade(ratio, good, ok)
    hint = f"{said}." if status == "good" else f"{said}. {advice}"
    return Card(key=key, label=label, value=f"{ratio:.0%}", status=status, hint=hint)
