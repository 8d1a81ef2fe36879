"""Run a corpus: read, parse in batches (in worker processes), write, resume.

Stage: orchestration, between the readers, the API and the results
directory. Inputs are read one at a time and grouped into batches; a batch is
parsed with one ``nlp.pipe`` call, in this process (``jobs=1``) or in one of
``jobs`` worker processes, each with its own spaCy pipeline, which send back
finished record lines (no Doc crosses a process). Batches are written in input
order whatever process parsed them, so the output is the same record for
record for any number of jobs. A worker is given its next batch when it sends
back the last one, so the work stays balanced to the end; one batch per worker
and one more are in flight: memory stays flat however large the corpus.

An input whose record an earlier run already stored (same id, origin, text
hash, model and rules version (lexicons and rule code); see :func:`attribution.results.reuse_key`) is
copied, not parsed again, unless ``force``. A worker that dies (killed, out of
memory) is replaced and its batch parsed again once; if that one dies too, its
articles are reported as skipped and the run goes on.

What it does not do: print (callers pass callbacks), or build the tables
(:meth:`attribution.results.Run.commit` does).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing import connection
from pathlib import Path
from typing import Any

from .api import DEFAULT_MODEL, Pipeline
from .errors import AttributionError, ModelError
from .readers import RawArticle, ReadError, read_inputs
from .results import KEY_FIELDS, Run, Summary, record_line, reuse_key
from .types import PathType

#: Most slots (articles to parse, stored records, errors) in one batch.
_MAX_SLOTS = 256
#: Batches read ahead and held by the parent, to hand to the first worker that is free.
_HELD = 1
#: Seconds between a worker's checks that its parent is alive.
_POLL = 0.5
#: Times a dead worker is replaced, per job, before the run gives up.
_RESPAWNS = 3
#: Whether the first workers may be forked from this process with its loaded pipeline (Linux), or are
#: each spawned to load their own (where forking a process is unsafe or impossible: macOS, Windows).
_FORK = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _may_fork() -> bool:
    """Whether forking is safe here: on Linux, and with no other thread running in this process (a
    thread holding a lock when the process forks, a progress display writing to the terminal, say, would
    leave that lock held forever in the child)."""
    return _FORK and threading.active_count() == 1


class RunnerError(AttributionError):
    """The run cannot go on (the worker processes keep dying)."""


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class PipelineConfig:
    """How to build the :class:`~attribution.api.Pipeline` (sent to each worker)."""

    model: str = DEFAULT_MODEL
    models_dir: str | None = None
    batch_size: int = 8
    max_length: int | None = None

    def build(self) -> Pipeline:
        return Pipeline(self.model, models_dir=self.models_dir, batch_size=self.batch_size,
                        max_length=self.max_length)


#: What a parse returns for one article: ("ok", record line) or ("error", path, reason).
Item = tuple[str, ...]


@dataclass
class _Batch:
    number: int
    slots: list[tuple[str, Any]] = field(default_factory=list)  # ("parse", raw) | ("stored", key) | ("error", e)
    to_parse: list[RawArticle] = field(default_factory=list)


def run_corpus(
    paths: Iterable[PathType],
    out_dir: PathType,
    *,
    config: PipelineConfig = PipelineConfig(),
    pipeline: Pipeline | None = None,
    jobs: int = 1,
    force: bool = False,
    readers: Mapping[str, Callable[[Path], Iterator[RawArticle | ReadError]]] | None = None,
    on_ready: Callable[[str, str], None] | None = None,
    on_done: Callable[[int], None] | None = None,
    on_skip: Callable[[str, str], None] | None = None,
    on_note: Callable[[str, str], None] | None = None,
) -> Summary:
    """Analyze the articles under ``paths`` into the results directory ``out_dir``.

    Args:
        paths: Files, folders (recursive) and ``-`` for standard input.
        out_dir: The results directory; records of an earlier or interrupted run there are reused.
        config: The spaCy pipeline and how to parse (batch size, longest text parsed whole).
        pipeline: A loaded pipeline to parse with in this process (``config`` then only gives the
            batch size); ignored when worker processes are started.
        jobs: Worker processes; 1 parses in this process (so does an input of one batch or less).
        force: Parse everything again, reusing no stored record.
        readers: Reader by file suffix (default ``readers.READERS``), e.g. one reading other JSON keys.
        on_ready: Called with the model name and lexicon version once the pipeline is loaded.
        on_done: Called with the number of inputs written so far, after each batch.
        on_skip: Called with the path and reason of each input skipped.
        on_note: Called with the path and a note for inputs analyzed with a workaround
            (decoded from a legacy encoding, parsed in parts).

    Returns:
        The counts of the run.

    Raises:
        ModelError: The spaCy pipeline or the lexicons could not be loaded.
        ResultsError: ``out_dir`` cannot be written, or another run is using it.
        RunnerError: The worker processes keep dying.
        KeyboardInterrupt: Interrupted; the records written so far are kept for the next run.
    """
    inputs = read_inputs(paths, readers=readers)
    first = list(islice(inputs, config.batch_size + 1))
    # one batch or less: starting workers would take longer than parsing it here
    engine: _Engine = _InProcess(pipeline or config.build()) \
        if jobs <= 1 or len(first) <= config.batch_size else _Workers(config, jobs)
    gc.freeze()  # the model and lexicons live to the end of the run: the collector's full sweeps skip them
    try:
        with Run(out_dir, reuse=not force) as run:
            model, lexicons = engine.identity
            if on_ready is not None:
                on_ready(model, lexicons)
            writer = _InOrder(run, engine.max_length, on_done=on_done, on_skip=on_skip, on_note=on_note)
            for batch in _batches(chain(first, inputs), run, model=model, lexicons=lexicons,
                                  size=config.batch_size):
                writer.expect(batch)
                if batch.to_parse:
                    engine.submit(batch.number, batch.to_parse)
                while not engine.has_room():
                    writer.done(*engine.receive())
            while engine.pending():
                writer.done(*engine.receive())
            engine.close()
            run.commit()
            return run.summary
    except BaseException:
        engine.close(abort=True)
        raise
    finally:
        gc.unfreeze()


class _InOrder:
    """Writes batches in input order as their parses come back, in whatever order that is."""

    def __init__(self, run: Run, max_length: int, *, on_done: Callable[[int], None] | None,
                 on_skip: Callable[[str, str], None] | None, on_note: Callable[[str, str], None] | None) -> None:
        self.run = run
        self.max_length = max_length
        self.on_done, self.on_skip, self.on_note = on_done, on_skip, on_note
        self.waiting: deque[_Batch] = deque()
        self.parsed: dict[int, list[Item]] = {}
        self.written = 0

    def expect(self, batch: _Batch) -> None:
        self.waiting.append(batch)
        self._flush()

    def done(self, number: int, items: list[Item]) -> None:
        self.parsed[number] = items
        self._flush()

    def _flush(self) -> None:
        while self.waiting and (not self.waiting[0].to_parse or self.waiting[0].number in self.parsed):
            batch = self.waiting.popleft()
            self.written += _write(self.run, batch, self.parsed.pop(batch.number, []), self.max_length,
                                   on_skip=self.on_skip, on_note=self.on_note)
            if self.on_done is not None:
                self.on_done(self.written)


def _batches(inputs: Iterable[RawArticle | ReadError], run: Run, *, model: str, lexicons: str,
             size: int) -> Iterator[_Batch]:
    """Group inputs into batches of at most ``size`` articles to parse; stored records are reused."""
    number = 0
    batch = _Batch(number)
    for item in inputs:
        if isinstance(item, ReadError):
            batch.slots.append(("error", item))
        else:
            key = reuse_key(_key_fields(item, model, lexicons))
            if key in run.stored:
                batch.slots.append(("stored", key))
            else:
                batch.slots.append(("parse", item))
                batch.to_parse.append(item)
        if len(batch.to_parse) >= size or len(batch.slots) >= _MAX_SLOTS:
            yield batch
            number += 1
            batch = _Batch(number)
    if batch.slots:
        yield batch


def _key_fields(raw: RawArticle, model: str, lexicons: str) -> dict[str, Any]:
    fields = {name: getattr(raw, name, None) for name in KEY_FIELDS}
    fields.update(sha256=hashlib.sha256(raw.text.encode("utf-8")).hexdigest(), model=model, lexicons=lexicons)
    return fields


def _write(run: Run, batch: _Batch, items: list[Item], max_length: int, *,
           on_skip: Callable[[str, str], None] | None, on_note: Callable[[str, str], None] | None) -> int:
    """Write one batch's records and errors in input order; returns how many inputs it held."""
    parsed = iter(items)
    lines: list[str] = []
    for kind, value in batch.slots:
        if kind == "stored":
            line = run.stored.get(value)
            if line is not None:
                lines.append(line)
                run.summary.reused += 1
            continue
        if kind == "parse":
            result = next(parsed)
            if result[0] == "ok":
                lines.append(result[1])
                for note in _notes(value, max_length) if on_note is not None else ():
                    on_note(value.path or value.id, note)
                continue
            value = ReadError(result[1], result[2])
        run.error(value.path, value.reason)
        if on_skip is not None:
            on_skip(value.path, value.reason)
    run.add(lines)
    return len(batch.slots)


def _notes(raw: RawArticle, max_length: int) -> list[str]:
    notes = list(raw.warnings)
    if len(raw.text) > max_length:
        notes.append(f"longer than {max_length} characters: parsed in parts cut at paragraph boundaries")
    return notes


def _parse(pipeline: Pipeline, raws: list[RawArticle]) -> list[Item]:
    """One batch through the pipeline, as record lines or errors (never raises)."""
    items: list[Item] = []
    for result in pipeline.analyze_batch(raws):
        if isinstance(result, ReadError):
            items.append(("error", result.path, result.reason))
        else:
            try:
                items.append(("ok", record_line(result)))
            except (TypeError, ValueError) as exc:
                items.append(("error", result.path or result.id, f"cannot store the record: {exc}"))
    return items


class _Engine:
    """Where batches are parsed: this process, or worker processes."""

    identity: tuple[str, str]
    max_length: int

    def submit(self, number: int, raws: list[RawArticle]) -> None:
        raise NotImplementedError

    def has_room(self) -> bool:
        raise NotImplementedError

    def pending(self) -> int:
        raise NotImplementedError

    def receive(self) -> tuple[int, list[Item]]:
        raise NotImplementedError

    def close(self, *, abort: bool = False) -> None:
        """Stop; ``abort`` stops at once (an error or an interrupt)."""


class _InProcess(_Engine):
    """Parse in this process."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.identity = self.pipeline.identity
        self.max_length = self.pipeline.max_length
        self._done: deque[tuple[int, list[Item]]] = deque()

    def submit(self, number: int, raws: list[RawArticle]) -> None:
        self._done.append((number, _parse(self.pipeline, raws)))

    def has_room(self) -> bool:
        return not self._done

    def pending(self) -> int:
        return len(self._done)

    def receive(self) -> tuple[int, list[Item]]:
        return self._done.popleft()


class _Workers(_Engine):
    """Parse in worker processes.

    Each worker has its own task queue and is given one batch at a time, so
    the batch a dead worker held is known, and its own result pipe, so a worker
    killed in the middle of sending a result spoils nothing but its own pipe.

    Where processes can be forked (Linux, no other thread running), this process loads the pipeline once
    and forks the first workers with it: they parse at once, without importing
    spaCy and loading the model each (about 2.4 s of CPU per worker, in the
    wall time of the run's start); then it drops its own copy. A worker that
    dies is replaced by a fresh process that loads the pipeline itself (spawned,
    not forked from a process with running threads), as every worker is elsewhere.
    """

    def __init__(self, config: PipelineConfig, jobs: int) -> None:
        self.config = config
        self.jobs = jobs
        self._context = multiprocessing.get_context("spawn")
        self._processes: dict[int, Any] = {}
        self._tasks: dict[int, Any] = {}
        self._pipes: dict[int, Any] = {}
        self._assigned: dict[int, deque[int]] = {}
        self._batches: dict[int, list[RawArticle]] = {}
        self._tries: dict[int, int] = {}
        self._held: deque[int] = deque()
        self._inbox: deque[tuple] = deque()
        self._ready = False
        self._next_id = 0
        self._respawns = _RESPAWNS * jobs
        loaded = _load(config) if _may_fork() else None
        for _ in range(jobs):
            self._spawn(loaded)
        del loaded
        gc.collect()  # this process's copy of the model: the workers have theirs
        try:
            self.identity, self.max_length = self._wait_ready()
        except BaseException:
            self.close(abort=True)  # the other workers too (the run never gets an engine to close)
            raise

    def _spawn(self, loaded: Pipeline | None = None) -> None:
        """Start a worker: forked with the ``loaded`` pipeline, or a new process that loads its own."""
        wid = self._next_id
        self._next_id += 1
        context = multiprocessing.get_context("fork") if loaded is not None else self._context
        receiver, sender = context.Pipe(duplex=False)
        tasks = context.Queue()
        process = context.Process(target=_worker_main, name=f"attribution-worker-{wid}", daemon=True,
                                  args=(wid, loaded or self.config, tasks, sender, os.getpid()))
        with _sigint_ignored():  # inherited: a Ctrl-C is for the parent to handle, even at start-up
            process.start()
        sender.close()
        self._processes[wid], self._tasks[wid], self._pipes[wid] = process, tasks, receiver
        self._assigned[wid] = deque()

    def _wait_ready(self) -> tuple[tuple[str, str], int]:
        while True:
            message = self._next()
            if message[0] == "ready":
                self._ready = True
                return message[2], message[3]
            if message[0] == "failed":
                raise ModelError(message[2])

    def _next(self) -> tuple:
        """The next message from a worker; dead workers are replaced meanwhile."""
        while not self._inbox:
            by_pipe = {pipe: wid for wid, pipe in self._pipes.items()}
            by_sentinel = {self._processes[wid].sentinel: wid for wid in self._pipes}
            for ready in connection.wait([*by_pipe, *by_sentinel]):
                wid = by_pipe.get(ready, by_sentinel.get(ready))
                if wid not in self._pipes:  # already found dead in this round
                    continue
                if ready in by_pipe and self._receive(wid):
                    continue
                while self._pipes[wid].poll() and self._receive(wid):  # what it sent before it died
                    pass
                self._dead(wid)
        return self._inbox.popleft()

    def _receive(self, wid: int) -> bool:
        """Read one message from a worker's pipe into the inbox; False at the end of the pipe."""
        try:
            self._inbox.append(self._pipes[wid].recv())
            return True
        except (EOFError, OSError):
            return False

    def _dead(self, wid: int) -> None:
        """A worker ended unasked: replace it and parse its batch again (a batch kills two at most)."""
        process = self._processes.pop(wid)
        process.join(timeout=5)
        self._pipes.pop(wid).close()
        self._tasks.pop(wid).cancel_join_thread()
        lost = list(self._assigned.pop(wid))
        if process.exitcode == 0 and not lost:  # it could not load the pipeline, and said so
            return
        if not self._ready:
            raise RunnerError(f"the worker processes could not start (exit code {process.exitcode}); a script "
                              f"that runs them needs the guard: if __name__ == '__main__': ...")
        self._respawns -= 1
        if self._respawns < 0:
            raise RunnerError(f"the worker processes keep dying (last exit code {process.exitcode})")
        self._spawn()
        for number in lost:
            self._tries[number] = self._tries.get(number, 0) + 1
            if self._tries[number] > 1:
                reason = f"the parser process died twice on this batch (exit code {process.exitcode})"
                raws = self._batches[number]
                self._inbox.append(("done", -1, number, [("error", raw.path or raw.id, reason) for raw in raws]))
            else:
                self._held.appendleft(number)
        self._dispatch()

    def _dispatch(self) -> None:
        """Hand held batches to the workers that have none."""
        for wid, assigned in self._assigned.items():
            if not self._held:
                return
            if not assigned:
                number = self._held.popleft()
                assigned.append(number)
                self._tasks[wid].put((number, self._batches[number]))

    def submit(self, number: int, raws: list[RawArticle]) -> None:
        self._batches[number] = raws
        self._held.append(number)
        self._dispatch()

    def has_room(self) -> bool:
        return len(self._held) < _HELD

    def pending(self) -> int:
        return len(self._batches)

    def receive(self) -> tuple[int, list[Item]]:
        while True:
            message = self._next()
            if message[0] == "failed":
                raise ModelError(message[2])
            if message[0] != "done" or message[2] not in self._batches:  # a batch may come twice
                continue
            _, wid, number, items = message
            if number in self._assigned.get(wid, ()):
                self._assigned[wid].remove(number)
            del self._batches[number]
            self._dispatch()
            return number, items

    def close(self, *, abort: bool = False) -> None:
        for tasks in self._tasks.values():
            if abort:
                tasks.cancel_join_thread()
            else:
                tasks.put(None)
        for process in self._processes.values():
            if abort:
                process.terminate()
            process.join(timeout=5 if abort else None)
            if process.is_alive():
                process.kill()
                process.join()
        for tasks in self._tasks.values():
            tasks.close()
        for pipe in self._pipes.values():
            pipe.close()
        self._processes.clear()
        self._tasks.clear()
        self._pipes.clear()


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _worker_main(wid: int, config: PipelineConfig | Pipeline, tasks: Any, results: Any, parent: int) -> None:
    """A worker process: load the pipeline (unless forked with it), then parse the batches it is sent
    until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True).start()
    try:
        pipeline = config if isinstance(config, Pipeline) else _load(config)
    except ModelError as exc:  # reported to the parent as one line
        results.send(("failed", wid, str(exc)))
        return
    gc.freeze()  # the pipeline lives as long as the worker: the collector's full sweeps skip it
    results.send(("ready", wid, pipeline.identity, pipeline.max_length))
    while (task := tasks.get()) is not None:
        number, raws = task
        results.send(("done", wid, number, _parse(pipeline, raws)))


def _load(config: PipelineConfig) -> Pipeline:
    """The pipeline ``config`` describes; any failure to load it is a :class:`ModelError` of one line."""
    try:
        return config.build()
    except Exception as exc:  # noqa: BLE001 - one line for the user
        raise ModelError(str(exc) if isinstance(exc, AttributionError) else
                         f"cannot load the pipeline: {type(exc).__name__}: {exc}") from exc


def _watch_parent(parent: int) -> None:
    """In a worker: end the process once the parent is gone (killed: nobody will read the results,
    and a task it was sending may never arrive whole)."""
    while os.getppid() == parent:
        time.sleep(_POLL)
    os._exit(1)
