"""Store an int8 ONNX model's MatMulInteger weights as uint8 (zero point +128): the same
numbers, computed the same on every CPU.

onnxruntime's dynamic quantization gives uint8 activations and int8 weights (U8S8). On x86 CPUs
with AVX2 but no VNNI (many AMD EPYC and older Intel parts) its U8S8 kernel adds pairs of
products in 16 bits and saturates, so the same sentence gets a vector ~0.988 cosine from the
one a VNNI CPU computes exactly: scores then depend on the machine. Its U8U8 kernel widens to
16 bits first and is exact everywhere. Shifting each int8 weight and its zero point by 128
changes no product ((w + 128) - (z + 128) = w - z), so the model's output is the exact one.

    ../.venv/bin/python scripts/unsigned_weights.py app/data/embeddings/model.onnx
"""

import sys
from pathlib import Path

SHIFT = 128


def unsigned_weights(model_path: Path) -> int:
    """Rewrite the model in place; returns how many weight and zero-point tensors moved."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(model_path))
    initializers = {tensor.name: tensor for tensor in model.graph.initializer}
    moved: set[str] = set()
    for node in model.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        for name in (node.input[1], node.input[3]):  # the weights and their zero points
            tensor = initializers.get(name)
            if tensor is None or name in moved:
                continue
            values = numpy_helper.to_array(tensor)
            if values.dtype != np.int8:
                continue
            shifted = (values.astype(np.int16) + SHIFT).astype(np.uint8)
            tensor.CopyFrom(numpy_helper.from_array(shifted, name))
            moved.add(name)
    onnx.checker.check_model(model)
    onnx.save(model, str(model_path))
    return len(moved)


if __name__ == "__main__":
    print(f"{unsigned_weights(Path(sys.argv[1]))} tensors now uint8")
