"""Generate a large synthetic story for benchmarks: N versions x P paragraphs.

``make_story(folder, versions=10, paragraphs=1000, seed=7)`` writes
``v00.txt`` ... into ``folder`` by repeating the bundled sample's paragraphs
and perturbing them with a fixed seed (dropped, reworded, moved and added
paragraphs, word substitutions), so the engine has real work to do. The same
seed always writes the same files.
"""

from __future__ import annotations

import random
from pathlib import Path

from tui.core import load_inputs
from tui.core.sample import sample_dir

_SWAPS = ["said", "stated", "added", "claimed", "noted", "officials", "leaders", "on Monday", "on Tuesday",
          "would", "could", "troops", "forces", "plan", "proposal", "Britain", "the UK"]


def _pool() -> list[str]:
    seen, pool = set(), []
    for version in load_inputs([str(sample_dir())]):
        for p in version.paragraphs:
            text = " ".join(p.text.split())
            if text not in seen and len(text) > 40:
                seen.add(text)
                pool.append(text)
    return pool


def _perturb(text: str, rng: random.Random, rate: float) -> str:
    words = text.split()
    for i in range(len(words)):
        if rng.random() < rate:
            words[i] = rng.choice(_SWAPS)
    return " ".join(words)


def make_story(folder: str | Path, versions: int = 10, paragraphs: int = 1000, seed: int = 7) -> list[Path]:
    """Write the versions into folder and return their paths."""
    rng = random.Random(seed)
    pool = _pool()
    base = [f"{_perturb(rng.choice(pool), rng, 0.15)} (part {n + 1})" for n in range(paragraphs)]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for v in range(versions):
        out: list[str] = []
        for text in base:
            roll = rng.random()
            if v and roll < 0.05:
                continue  # dropped
            if v and roll < 0.25:
                text = _perturb(text, rng, 0.1)  # edited
            out.append(text)
            if v and rng.random() < 0.03:
                out.append(_perturb(rng.choice(pool), rng, 0.3))  # added
        if v:
            for _ in range(paragraphs // 100):  # a few moved paragraphs
                i, j = rng.randrange(len(out)), rng.randrange(len(out))
                out.insert(j, out.pop(i))
        path = folder / f"v{v:02d}.txt"
        path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
