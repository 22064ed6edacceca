"""Recorded answers: remux browser recordings into seekable files, probe them, and decode their
audio and video incrementally. Every function is synchronous and CPU-bound: run it in a thread."""

from app.media.decode import iter_audio_pcm, iter_video_frames, write_wav_16k_mono
from app.media.errors import MediaError
from app.media.probe import MediaInfo, probe
from app.media.remux import remux_seekable

__all__ = [
    "MediaError",
    "MediaInfo",
    "iter_audio_pcm",
    "iter_video_frames",
    "probe",
    "remux_seekable",
    "write_wav_16k_mono",
]
