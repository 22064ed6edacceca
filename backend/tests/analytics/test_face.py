import cv2
import numpy as np
import pytest

from app.analytics.face import detect, load_cascades
from tests.media_samples import colour_bars, face_photo


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    return face_photo()


def test_cascades_load_once_per_thread() -> None:
    cascades = load_cascades()
    assert not any(c.empty() for c in cascades)
    assert load_cascades() is cascades


def test_test_patterns_have_no_face() -> None:
    bars = cv2.cvtColor(np.ascontiguousarray(colour_bars((320, 240))), cv2.COLOR_RGB2GRAY)
    assert detect(bars) == (False, False, False)
    assert detect(np.zeros((240, 320), np.uint8)) == (False, False, False)
    noise = np.random.default_rng(7).integers(0, 256, (240, 320), dtype=np.uint8)
    assert detect(noise) == (False, False, False)


def test_a_real_smiling_face_toward_the_camera(photo: np.ndarray) -> None:
    assert detect(photo) == (True, True, True)
    assert detect(photo[:, ::-1].copy()) == (True, True, True)


def test_a_covered_mouth_is_not_a_smile(photo: np.ndarray) -> None:
    x, y, w, h = _face_box(photo)
    covered = photo.copy()
    covered[y + int(h * 0.65) : y + int(h * 0.95), x : x + w] = 128
    assert detect(covered) == (True, True, False)


def test_an_upside_down_face_is_not_found(photo: np.ndarray) -> None:
    assert detect(photo[::-1].copy()) == (False, False, False)


def _face_box(image: np.ndarray) -> tuple[int, int, int, int]:
    faces = load_cascades().face.detectMultiScale(cv2.equalizeHist(image), 1.2, 6)
    assert len(faces) == 1
    x, y, w, h = (int(v) for v in faces[0])
    return x, y, w, h
