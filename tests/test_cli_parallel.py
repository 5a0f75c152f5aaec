"""The viewer loads in a forked helper while it imports Textual: the same versions, alignment and errors."""

from __future__ import annotations

import pytest

from tui import cli
from tui.core import LoadError, compare, load_inputs
from tui.core.parallel import can_fork
from tui.core.sample import sample_dir


def _args(*argv: str):
    parser = cli.build_parser()
    return parser.parse_args(["view", *argv])


@pytest.mark.skipif(not can_fork(), reason="no fork here (or one core, or other threads)")
def test_loading_beside_the_viewer_gives_what_loading_here_gives():
    story = str(sample_dir())
    versions, base, aligned = cli._load_beside_viewer(_args("--base", "2", story), [story])
    here = load_inputs([story])
    assert versions == here
    assert base == 1
    assert aligned == compare(here, 1)


def test_a_big_story_is_loaded_but_not_aligned_beside_the_viewer(tmp_path):
    (tmp_path / "a.txt").write_text("".join(f"Paragraph number {n} of the story.\n\n" for n in range(300)))
    (tmp_path / "b.txt").write_text("".join(f"Paragraph number {n} of the story.\n\n" for n in range(300)))
    versions, _, aligned = cli._load_beside_viewer(_args(str(tmp_path)), [str(tmp_path)])
    assert len(versions) == 2 and aligned is None  # the viewer aligns it after its first paint


def test_loading_errors_beside_the_viewer_are_the_usual_ones(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        cli._load_beside_viewer(_args(str(tmp_path / "gone.txt")), [str(tmp_path / "gone.txt")])
