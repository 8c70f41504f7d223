"""Speed and separation of the static MiniLM sentence model (numpy only).

.venv/bin/python benchmarks/embeddings.py
"""

from __future__ import annotations

import sys
import time

from watchdesk.analysis.embeddings import Embedder

PARAPHRASES = [
    (
        "The border crossings will reopen next week",
        "No date has been set for reopening the crossings",
    ),
    (
        "Our troops will leave Norvaland by February 15",
        "A decision on withdrawal has not been made",
    ),
    (
        "About 4,500 servicemen will take part in the drills",
        "At least 12,000 troops are being moved",
    ),
    ("We will hold a referendum on March 14", "Ballots for the vote will be printed next week"),
]
UNRELATED = [
    (
        "The border crossings will reopen next week",
        "The electoral commission published the question",
    ),
    ("About 4,500 servicemen will take part in the drills", "The weather in the capital was cold"),
    ("We will hold a referendum on March 14", "The credit offer is worth $2.4 billion"),
]


def main() -> None:
    model = Embedder.load()
    out = sys.stdout
    for label, pairs in (("paraphrase", PARAPHRASES), ("unrelated", UNRELATED)):
        for a, b in pairs:
            va, vb = model.encode([a, b])
            out.write(f"{label:10} {float(va @ vb):.2f}  {a[:40]!r} / {b[:40]!r}\n")
    # Distinct sentences, so no cache flatters the figure.
    sentences = [
        f"{a} number {i} and {b} item {i * 7}" for i in range(2_000) for a, b in PARAPHRASES
    ]
    began = time.perf_counter()
    model.encode(sentences)
    rate = len(sentences) / (time.perf_counter() - began)
    out.write(f"{rate:,.0f} sentences/s on one core ({len(sentences):,} sentences)\n")


if __name__ == "__main__":
    main()
