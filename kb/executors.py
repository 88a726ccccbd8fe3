"""Where the per-source work of a build runs: this process, local worker processes, or Dask.

Every executor has one method, `map(function, items)`: it yields `function(item)` for each
item in the order of `items`, whatever order the workers finish in, so a build gives the
same knowledge base with one job or many. At most a few tasks per worker are in flight, so
memory does not grow with the corpus. `function` must be a module-level function (it is
pickled to the workers) and its items and results picklable.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator

EXECUTORS = ("local", "dask")
#: Tasks queued per worker: enough to keep workers busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 4


class ExecutorError(RuntimeError):
    """The executor could not be started (Dask missing, scheduler unreachable...); one line for people."""


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _ordered(submit: Callable, result: Callable, items: Iterable, in_flight: int) -> Iterator:
    """Submit items ahead of time, at most `in_flight` at once, and yield results in item order."""
    pending: deque = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= in_flight:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


class InProcess:
    """One job: the work runs here, with nothing pickled (the simplest thing to debug)."""

    jobs = 1

    def map(self, function: Callable, items: Iterable) -> Iterator:
        return map(function, items)

    def close(self) -> None:
        pass


class LocalProcesses:
    """`jobs` worker processes on this machine, started on the first `map` (a build whose
    sources are all cached starts none). Each loads the spaCy pipeline once, on its first task."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None

    def map(self, function: Callable, items: Iterable) -> Iterator:
        if self.pool is None:
            # spawn: a fresh interpreter per worker, safe whatever threads this process runs.
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"))
        return _ordered(lambda item: self.pool.submit(function, item), lambda future: future.result(),
                        items, self.jobs * IN_FLIGHT_PER_WORKER)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


class DaskCluster:
    """Workers of a Dask cluster: the scheduler at `scheduler` (tcp://host:8786), or a local
    cluster of `jobs` single-threaded worker processes when no address is given. Workers must
    have this package installed (same version) and the corpus must be readable at the same
    path on every worker."""

    def __init__(self, jobs: int, scheduler: str | None = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise ExecutorError("the dask executor needs Dask: pip install 'sckb[dask]' "
                                "(or pip install 'dask[distributed]')") from None
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="30s")
            else:
                self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as error:
            raise ExecutorError(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {error}") from None
        workers = self.client.scheduler_info().get("workers", {})
        self.jobs = max(1, sum(worker.get("nthreads", 1) for worker in workers.values()))

    def map(self, function: Callable, items: Iterable) -> Iterator:
        # pure=False: the same item twice is still run twice; results stay in item order.
        return _ordered(lambda item: self.client.submit(function, item, pure=False),
                        lambda future: future.result(), items, self.jobs * IN_FLIGHT_PER_WORKER)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def open_executor(name: str = "local", jobs: int = 0, scheduler: str | None = None):
    """The executor a build asked for. `jobs` 0 means the machine's cores; one local job runs in process."""
    jobs = jobs or default_jobs()
    if jobs < 1:
        raise ExecutorError(f"--jobs must be at least 1 (got {jobs})")
    if name == "dask":
        return DaskCluster(jobs, scheduler)
    if name != "local":
        raise ExecutorError(f"unknown executor {name!r}: use one of {', '.join(EXECUTORS)}")
    if scheduler:
        raise ExecutorError("--scheduler is for --executor dask")
    return InProcess() if jobs == 1 else LocalProcesses(jobs)
