"""Build the human-rated spoken monologue sets: `bench/data/spoken_{dev,test}.jsonl`.

Source: ChaLearn LAP First Impressions V2 (Escalante et al., CVPR 2017 workshops; licence and
commit in bench/data/SOURCES.md), read from a local bare git mirror of a public repository that
carries the original transcription and annotation pickles unchanged. 15-second clips of people
talking to a camera, transcribed by people, each rated by crowd workers on "would you invite
this person to a job interview" (0-1). Nobody on this team wrote, spoke or rated them.

    cd backend && ../.venv/bin/python -m bench.impressions_sets /path/to/mirror.git

One line per clip: `{"id", "text", "interview"}`. Kept: clips of 30 words or more (a genuine
spoken turn, the length the issue's "30+ words" rule is about). Transcription marks are not
the speaker's words: "[inaudible 00:00:16]" (or "[inaudible 00:54]") is dropped and
"[word 00:00:04]" becomes "word".
Split BY SPEAKER VIDEO (the YouTube id before ".NNN.mp4", as a video's clips share a speaker),
by the first byte of its SHA-1 (even: dev); then SAMPLE clips per split in SHA-1 order of the
clip id, so the sample is decided by the ids alone.

Also `spoken_videos_{dev,test}.jsonl`, one line per speaker video with MIN_CLIPS kept clips or
more (all of them), to mimic the rating of a whole interview: `{"video", "clips": [{"id",
"text", "interview"}], "interview"}`, the video's rating being the mean of its clips' (each
clip was rated on its own); the first SAMPLE_VIDEOS videos of each split in SHA-1 order of the
video id.
"""

import hashlib
import io
import json
import pickle
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
REPO = "mterzolo/first-impressions"
COMMIT = "b32261398c51cbe0b3eb7ce3d6187a29ea8e697f"
PARTS = {"training": "transcription_training", "validation": "transcription_validation",
         "test": "transcription_test"}  # fmt: skip
MIN_WORDS, SAMPLE = 30, 400
MIN_CLIPS, SAMPLE_VIDEOS = 3, 150
_MARK = re.compile(r"\[([^\]\d]*?)\s*\d\d(?::\d\d){1,2}\]")


class _Pickles(pickle.Unpickler):
    """The pickles hold dicts of str and numpy floats: anything else is refused, not run."""

    def find_class(self, module: str, name: str) -> Any:
        import numpy as np

        if (module, name) == ("numpy", "dtype"):
            return np.dtype
        if (module, name) == ("numpy.core.multiarray", "scalar"):
            return np.core.multiarray.scalar  # type: ignore[attr-defined]
        raise pickle.UnpicklingError(f"refused {module}.{name}")


def _load(git_dir: Path, name: str) -> dict[str, Any]:
    raw = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:data/{name}.pkl"],
        check=True,
        capture_output=True,
    ).stdout
    loaded: dict[str, Any] = _Pickles(io.BytesIO(raw), encoding="latin1").load()
    return loaded


def clean(text: str) -> str:
    text = _MARK.sub(lambda m: m.group(1).replace("inaudible", "").strip(), text)
    return " ".join(text.split())


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _rated_clips(git_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Every kept clip, by split."""
    splits: dict[str, list[dict[str, Any]]] = {"dev": [], "test": []}
    for part, transcripts in PARTS.items():
        rated = _load(git_dir, f"annotation_{part}")["interview"]
        for clip, raw in _load(git_dir, transcripts).items():
            text = clean(raw)
            if clip not in rated or len(text.split()) < MIN_WORDS:
                continue
            split = "dev" if int(_sha(video_of(clip))[:2], 16) % 2 == 0 else "test"
            splits[split].append(
                {
                    "id": clip.removesuffix(".mp4"),
                    "text": text,
                    "interview": round(float(rated[clip]), 4),
                }
            )
    return splits


def video_of(clip: str) -> str:
    """The YouTube id of a clip ("abc.003.mp4" or "abc.003" -> "abc")."""
    return clip.removesuffix(".mp4").rsplit(".", 1)[0]


def sample(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first SAMPLE clips in SHA-1 order of the clip id."""
    return sorted(rows, key=lambda r: _sha(r["id"]))[:SAMPLE]


def by_video(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Videos with MIN_CLIPS kept clips or more, the first SAMPLE_VIDEOS in SHA-1 order."""
    videos: dict[str, list[dict[str, Any]]] = {}
    for row in sorted(rows, key=lambda r: r["id"]):
        videos.setdefault(video_of(row["id"]), []).append(row)
    kept = [
        {
            "video": video,
            "clips": clips,
            "interview": round(sum(c["interview"] for c in clips) / len(clips), 4),
        }
        for video, clips in videos.items()
        if len(clips) >= MIN_CLIPS
    ]
    return sorted(kept, key=lambda v: _sha(v["video"]))[:SAMPLE_VIDEOS]


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(git_dir: Path) -> None:
    for name, rows in _rated_clips(git_dir).items():
        clips, videos = sample(rows), by_video(rows)
        _write(DATA / f"spoken_{name}.jsonl", clips)
        _write(DATA / f"spoken_videos_{name}.jsonl", videos)
        print(f"spoken_{name}: {len(clips)} clips, {len(videos)} videos")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
