"""On-camera presence from sampled grey frames, with OpenCV's Haar cascades.

- Face visible: the frontal-face cascade finds a face; the best supported one is the
  candidate's.
- Looking toward the camera is a head-pose heuristic, not gaze tracking: the frontal cascade
  only fires on faces turned less than about 20-30 degrees from the camera, and on top of that
  the eye cascade must find both eyes in the upper part of the face, one each side of its
  centre line. A turned or lowered head, or closed eyes, usually lose at least one.
- Smiling: the smile cascade, in the lower half of the face and roughly centred, with a high
  minNeighbors because with less it also fires on closed mouths, beards and shadows.

Faces are found on frames at most MAX_WIDTH wide (a webcam face is large), then the face box is
scaled to FACE_PX square so the eye and smile parameters hold at any distance from the camera.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import cv2
import cv2.data
import numpy as np

from app.media.decode import iter_video_frames

SAMPLE_FPS = 2.0
MAX_WIDTH = 320
MIN_FACE_SHARE = 1 / 8
"""Smallest face looked for, as a share of the frame width: a candidate at a desk is larger."""
FACE_PX = 120


@dataclass(frozen=True, slots=True)
class FaceSample:
    t_s: float
    face: bool
    looking: bool
    smiling: bool


class Cascades(NamedTuple):
    face: cv2.CascadeClassifier
    eye: cv2.CascadeClassifier
    smile: cv2.CascadeClassifier


_local = threading.local()


def load_cascades() -> Cascades:
    """Loaded once per thread: OpenCV does not promise a classifier is safe to share."""
    cascades = getattr(_local, "cascades", None)
    if cascades is None:
        cascades = _local.cascades = Cascades(
            *(_load(f"haarcascade_{name}.xml") for name in ("frontalface_default", "eye", "smile"))
        )
    return cascades


def _load(name: str) -> cv2.CascadeClassifier:
    classifier = cv2.CascadeClassifier(cv2.data.haarcascades + name)
    if classifier.empty():
        raise RuntimeError(f"OpenCV cascade {name} could not be loaded")
    return classifier


def measure_video(path: Path, progress: Callable[[float], None] | None = None) -> list[FaceSample]:
    """One sample per 1/SAMPLE_FPS seconds; progress receives the time reached in seconds."""
    samples = []
    for t, gray in iter_video_frames(path, fps=SAMPLE_FPS, max_width=MAX_WIDTH):
        samples.append(FaceSample(round(t, 2), *detect(gray)))
        if progress:
            progress(t)
    return samples


def detect(gray: np.ndarray) -> tuple[bool, bool, bool]:
    """(face visible, looking toward the camera, smiling) in one grey frame."""
    cascades = load_cascades()
    frame = cv2.equalizeHist(gray)
    smallest = max(24, round(frame.shape[1] * MIN_FACE_SHARE))
    faces, neighbours = cascades.face.detectMultiScale2(
        frame, scaleFactor=1.2, minNeighbors=6, minSize=(smallest, smallest)
    )
    if len(faces) == 0:
        return False, False, False
    # The detection most neighbours agree on, not the largest: false positives (a collar, a
    # poster) tend to be large and weakly supported.
    x, y, w, h = faces[int(np.argmax(neighbours))]
    face = cv2.resize(frame[y : y + h, x : x + w], (FACE_PX, FACE_PX))
    return True, _both_eyes(face, cascades.eye), _smiling(face, cascades.smile)


def _both_eyes(face: np.ndarray, eye: cv2.CascadeClassifier) -> bool:
    upper = face[: round(FACE_PX * 0.6)]
    side = FACE_PX // 8
    eyes = eye.detectMultiScale(upper, scaleFactor=1.1, minNeighbors=5, minSize=(side, side))
    centres = [x + w / 2 for x, _, w, _ in eyes]
    return any(c < FACE_PX / 2 for c in centres) and any(c > FACE_PX / 2 for c in centres)


def _smiling(face: np.ndarray, smile: cv2.CascadeClassifier) -> bool:
    top = FACE_PX // 2
    found = smile.detectMultiScale(
        face[top:], scaleFactor=1.2, minNeighbors=20, minSize=(FACE_PX // 4, FACE_PX // 8)
    )
    return any(FACE_PX / 4 < x + w / 2 < FACE_PX * 3 / 4 for x, _, w, _ in found)
