"""The hard case for the engine: N versions, each an edit of one master text.

``hard_texts(versions=10, paragraphs=1000, seed=1)`` returns N texts (one
paragraph a line). The master has P paragraphs drawn from the bundled sample
story, each with a fifth of its words replaced from the story's vocabulary
(so no two paragraphs are alike by accident). The first version is the
master; every other one is an independent edit of it:

* about 8% of words replaced, inserted or dropped (a third each), the new
  words drawn at random from the story's vocabulary;
* 10% of paragraphs dropped, 10% split in two, 5% merged into the previous;
* local moves: about 5% of paragraphs moved by one to three places.

The same seed always gives the same texts. ``hard_versions`` loads them as
``Version`` objects, ``write_story`` writes them as ``v00.txt`` ... files.
Used by the benchmarks and by a regression test (generated there, not stored).
"""

from __future__ import annotations

import random
from pathlib import Path

from tui.core.input.loading import read_version
from tui.core.sample import sample_dir

WORD_NOISE = 0.08
DROP, SPLIT, MERGE, MOVE = 0.10, 0.10, 0.05, 0.05


def _sample_paragraphs() -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted(sample_dir().glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.split()) >= 8:
                seen[" ".join(line.split())] = None
    return list(seen)


def _master(pool: list[str], vocabulary: list[str], count: int, rng: random.Random) -> list[str]:
    return [" ".join(w if rng.random() > 0.2 else rng.choice(vocabulary) for w in rng.choice(pool).split())
            for _ in range(count)]


def _noisy(paragraph: str, vocabulary: list[str], rng: random.Random) -> list[str]:
    words: list[str] = []
    for word in paragraph.split():
        roll = rng.random()
        if roll >= WORD_NOISE:
            words.append(word)
        elif roll < WORD_NOISE / 3:
            words.append(rng.choice(vocabulary))  # replaced
        elif roll < 2 * WORD_NOISE / 3:
            words += [word, rng.choice(vocabulary)]  # inserted
        # else: dropped
    return words or [rng.choice(vocabulary)]


def _edit(master: list[str], vocabulary: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    for paragraph in master:
        roll = rng.random()
        if roll < DROP:
            continue
        words = _noisy(paragraph, vocabulary, rng)
        if roll < DROP + SPLIT and len(words) >= 6:
            cut = rng.randrange(2, len(words) - 2)
            out += [" ".join(words[:cut]), " ".join(words[cut:])]
        elif roll < DROP + SPLIT + MERGE and out:
            out[-1] += " " + " ".join(words)
        else:
            out.append(" ".join(words))
    for _ in range(int(len(out) * MOVE)):
        i = rng.randrange(len(out))
        j = min(len(out) - 1, max(0, i + rng.choice((-3, -2, -1, 1, 2, 3))))
        out.insert(j, out.pop(i))
    return out


def hard_texts(versions: int = 10, paragraphs: int = 1000, seed: int = 1) -> list[str]:
    """N texts, one paragraph a line: the master, then N - 1 independent edits of it."""
    rng = random.Random(seed)
    pool = _sample_paragraphs()
    vocabulary = sorted({w for p in pool for w in p.split()})
    master = _master(pool, vocabulary, paragraphs, rng)
    return ["\n".join(t) + "\n" for t in [master] + [_edit(master, vocabulary, rng) for _ in range(versions - 1)]]


def hard_versions(versions: int = 10, paragraphs: int = 1000, seed: int = 1):
    """The texts as ``Version`` objects (ids A, B ..., labels v00, v01 ...)."""
    return [read_version(text.encode("utf-8"), chr(65 + n), f"v{n:02d}", f"v{n:02d}.txt")
            for n, text in enumerate(hard_texts(versions, paragraphs, seed))]


def write_story(folder: str | Path, versions: int = 10, paragraphs: int = 1000, seed: int = 1) -> list[Path]:
    """Write the texts as v00.txt ... into folder; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, text in enumerate(hard_texts(versions, paragraphs, seed)):
        path = folder / f"v{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
