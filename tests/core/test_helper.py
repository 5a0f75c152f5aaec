"""A forked helper answers a series of requests as the parent would, and the parent answers when it fails."""

from __future__ import annotations

import os

import pytest

from tests.conftest import needs_fork
from tui.core.helper import Helper


@needs_fork
def test_a_child_answers_every_request_from_the_memory_it_was_forked_with():
    seen = []
    parent = os.getpid()

    def answer(n: int) -> tuple[int, int, int]:
        seen.append(n)  # the child's own list: stays there
        return os.getpid(), n * n, len(seen)

    with Helper(answer, parallel=True) as helper:
        assert helper.forked
        answers = []
        for n in range(4):
            helper.ask(n)
            answers.append(helper.get())
    assert [square for _, square, _ in answers] == [0, 1, 4, 9]
    assert {pid for pid, _, _ in answers} != {parent}
    assert [count for _, _, count in answers] == [1, 2, 3, 4]  # one child served them all
    assert seen == []


def test_without_fork_the_parent_answers():
    with Helper(lambda n: (os.getpid(), n + 1)) as helper:
        assert not helper.forked
        helper.ask(1)
        assert helper.get() == (os.getpid(), 2)


@needs_fork
def test_a_failing_child_is_replaced_by_the_parent_so_errors_surface_as_on_one_process():
    parent = os.getpid()

    def answer(n: int) -> int:
        if os.getpid() != parent and n == 1:
            raise RuntimeError("child only")
        if n == 3:
            raise ValueError("bad request")
        return os.getpid()

    with Helper(answer, parallel=True) as helper:
        helper.ask(0)
        assert helper.get() != parent
        helper.ask(1)
        assert helper.get() == parent  # the child failed: answered here
        assert not helper.forked
        helper.ask(2)
        assert helper.get() == parent
        helper.ask(3)
        with pytest.raises(ValueError, match="bad request"):
            helper.get()


@needs_fork
def test_a_child_that_dies_or_sends_what_cannot_be_pickled_is_replaced():
    parent = os.getpid()

    def answer(n: int) -> object:
        if os.getpid() != parent:
            if n == 0:
                return lambda: None  # cannot be pickled
            os._exit(3)
        return n

    for n in (0, 1):
        with Helper(answer, parallel=True) as helper:
            helper.ask(n)
            assert helper.get() == n
            assert not helper.forked


@needs_fork
def test_the_child_is_collected_when_the_parent_leaves_with_an_answer_unread():
    with pytest.raises(KeyError), Helper(lambda n: "x" * n, parallel=True) as helper:  # noqa: PT012
        pid = helper._child[0]
        helper.ask(1_000_000)  # more than a pipe holds
        raise KeyError("the parent fails meanwhile")
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_one_request_at_a_time():
    helper: Helper[int, int] = Helper(lambda n: n)
    helper.ask(1)
    with pytest.raises(RuntimeError):
        helper.ask(2)


@needs_fork
def test_the_child_leaves_when_closed_even_if_a_later_child_holds_its_request_pipe():
    with Helper(lambda n: n, parallel=True) as first:
        first.ask(1)
        assert first.get() == 1
        with Helper(lambda n: n + 1, parallel=True) as second:  # forked with a copy of first's pipes
            first.close()  # closed first: its child must not wait for the end of the pipe
            second.ask(1)
            assert second.get() == 2
