"""Running ``syndiff batch`` stories on Dask (optional: ``pip install 'syndiff[dask]'``).

``connect(where, workers)`` returns ``(client, close)``: for ``where ==
"local"`` a ``dask.distributed.LocalCluster`` of ``workers`` worker processes
with one thread each (the engine is pure Python: threads would share one
core), without a dashboard (a single worker runs as a thread of this
process: the same work, without starting a process); otherwise ``where`` is a scheduler address
(``tcp://HOST:PORT``) and the client connects to it. Before any story is
sent, every worker must import syndiff at this very version. Every problem
(dask missing, scheduler unreachable, a worker without syndiff) is one
``SyndiffError`` sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from tui import __version__
from tui.core.errors import SyndiffError

CONNECT_TIMEOUT = "10s"


def worker_version() -> str:
    """The syndiff version a worker imports (run on each worker)."""
    import tui

    return tui.__version__


def connect(where: str, workers: int) -> tuple[Any, Callable[[], None]]:
    """A Dask client for 'local' or a scheduler address, and a function closing what was opened."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise SyndiffError("--dask needs Dask: pip install 'syndiff[dask]' (dask.distributed)") from None
    logging.getLogger("distributed").setLevel(logging.CRITICAL)  # shutdown chatter is not the user's concern
    if where == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=workers > 1,
                               dashboard_address=None, silence_logs=logging.CRITICAL)
        client = Client(cluster)
        closers = [client.close, cluster.close]
    else:
        try:
            client = Client(where, timeout=CONNECT_TIMEOUT)
        except (OSError, ValueError, TimeoutError) as error:
            raise SyndiffError(f"--dask {where}: cannot reach a Dask scheduler there ({error}); "
                               "check the address (tcp://HOST:PORT) and that the scheduler runs") from None
        closers = [client.close]

    def close() -> None:
        for step in closers:
            step()

    try:
        _check_workers(client, where)
    except BaseException:
        close()
        raise
    return client, close


def _check_workers(client: Any, where: str) -> None:
    try:
        versions = client.run(worker_version)
    except Exception as error:  # noqa: BLE001 - a worker that cannot import syndiff fails in many ways
        raise SyndiffError(f"--dask {where}: the workers cannot run syndiff ({type(error).__name__}: {error}); "
                           f"install syndiff {__version__} on every worker") from None
    if not versions:
        raise SyndiffError(f"--dask {where}: the scheduler has no workers; start some (dask worker {where})")
    wrong = sorted({v for v in versions.values() if v != __version__})
    if wrong:
        raise SyndiffError(f"--dask {where}: workers run syndiff {', '.join(wrong)}, this is {__version__}; "
                           "install the same syndiff version on every worker")
