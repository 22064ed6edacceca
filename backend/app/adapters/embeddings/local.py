"""The built-in embedding model: all-MiniLM-L6-v2 as an int8 ONNX graph, shipped in app/data.

No key, no network: onnxruntime runs `model.onnx` (pooling and normalisation are inside the
graph) on the ids from `tokenizer.json`. The model is loaded on first use, once per process
(≈0.5 s of CPU and ≈110 MB with onnxruntime itself), so start-up pays nothing; onnxruntime
sessions are thread-safe, and async callers run it in a worker thread so the event loop never
waits on a matrix product. One answer takes ≈14 ms of one core (p95 ≈31 ms).
Its int8 weights are stored as uint8 (scripts/unsigned_weights.py): onnxruntime then computes
them exactly on every CPU, where int8 weights made AVX2 machines without VNNI saturate and
embed the same text differently (cosine ~0.988), moving scores from machine to machine.
`scripts/build_embedding_model.py` builds the files; `python -m bench.embeddings` says why
this model and not another.
"""

import asyncio
import json
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from app.adapters.embeddings.base import Matrix, normalize

MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "embeddings"


class OnnxEncoder:
    """Synchronous encoder over one model folder (`model.onnx`, `tokenizer.json`, `model.json`)."""

    def __init__(self, model_dir: Path = MODEL_DIR, *, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        manifest = json.loads((model_dir / "model.json").read_text(encoding="utf-8"))
        self.name: str = manifest["name"]
        self.dim: int = manifest["dim"]
        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        # The shipped tokenizer pads every text to 128 tokens; one text per run needs no padding.
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=manifest["max_tokens"])
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(model_dir / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def encode(self, texts: Sequence[str]) -> Matrix:
        """Unit-length rows, one per text.

        One text per run, on purpose: the int8 graph quantizes activations with one scale per
        tensor, so a batch would make a text's vector depend on its neighbours (cosine ~0.99 to
        itself alone). Alone, a text always gets the same vector, and long answers, the usual
        load, run no slower on one core than in batches.
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, encoding in enumerate(self._tokenizer.encode_batch(list(texts))):
            ids = np.array([encoding.ids], dtype=np.int64)
            mask = np.ones_like(ids)
            (vectors,) = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
            out[row] = vectors[0]
        return normalize(out)


class LocalEmbedder:
    """The built-in model behind the `Embedder` contract; loads lazily and only once."""

    name = "local"

    def __init__(self, model_dir: Path = MODEL_DIR, *, threads: int = 1) -> None:
        self._model_dir = model_dir
        self._threads = threads
        self._encoder: OnnxEncoder | None = None
        self._lock = threading.Lock()
        manifest = json.loads((model_dir / "model.json").read_text(encoding="utf-8"))
        self.model: str = manifest["name"]

    def encoder(self) -> OnnxEncoder:
        if self._encoder is None:
            with self._lock:
                if self._encoder is None:
                    self._encoder = OnnxEncoder(self._model_dir, threads=self._threads)
        return self._encoder

    def encode(self, texts: Sequence[str]) -> Matrix:
        """The synchronous path, for code that already runs in a worker thread."""
        return self.encoder().encode(texts)

    async def embed(self, texts: Sequence[str]) -> Matrix:
        return await asyncio.to_thread(self.encode, list(texts))

    async def aclose(self) -> None:
        return None
