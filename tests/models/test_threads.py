import pytest

from fauxpas.models.threads import (
    WINDOW,
    ThreadChooser,
    configured_threads,
    read_proc_stat,
    usable_cores,
)


class Machine:
    """A fake /proc/stat and clocks: (busy, all) CPU seconds summed over its cores, and
    the CPU seconds of our own process."""

    def __init__(self, cores=2):
        self.cores = cores
        self.now = 0.0
        self.busy = 0.0
        self.all = 0.0
        self.ours = 0.0

    def run(self, seconds, busy_cores, ours=0.0):
        """``busy_cores`` in all, ``ours`` of them by our own process."""
        self.now += seconds
        self.all += seconds * self.cores
        self.busy += seconds * busy_cores
        self.ours += seconds * ours

    def stat(self):
        return self.busy, self.all


def chooser(machine, **kwargs):
    return ThreadChooser(cores=machine.cores, machine_cores=machine.cores,
                         read_stat=machine.stat, clock=lambda: machine.now,
                         own_cpu=lambda: machine.ours, **kwargs)


def test_an_idle_machine_gets_every_core():
    machine = Machine(cores=2)
    choose = chooser(machine)
    assert choose.threads() == 1  # not measured yet: every core but one
    machine.run(1.0, busy_cores=0.1)
    assert choose.threads() == 2


def test_a_core_busy_with_other_work_is_left_alone():
    machine = Machine(cores=2)
    choose = chooser(machine)
    choose.threads()
    machine.run(1.0, busy_cores=1.0)
    assert choose.threads() == 1


def test_our_own_work_does_not_count_as_load():
    machine = Machine(cores=2)
    choose = chooser(machine)
    choose.threads()
    machine.run(1.0, busy_cores=1.9, ours=1.8)  # the encoder and the checks themselves
    assert choose.threads() == 2


def test_the_load_is_measured_over_half_a_second_at_least():
    machine = Machine(cores=4)
    choose = chooser(machine)
    choose.threads()
    machine.run(1.0, busy_cores=3.0)
    assert choose.threads() == 1
    machine.run(WINDOW / 10, busy_cores=0.0)  # too short to tell: keep the last choice
    assert choose.threads() == 1
    machine.run(1.0, busy_cores=0.0)
    assert choose.threads() == 4


def test_a_fixed_number_is_kept():
    machine = Machine(cores=8)
    choose = chooser(machine, fixed=3)
    machine.run(1.0, busy_cores=7.9)
    assert choose.threads() == 3 and choose.most == 3


def test_without_proc_stat_every_core_but_one():
    choose = ThreadChooser(cores=4, read_stat=lambda: None)
    assert choose.threads() == 3 and choose.most == 4


def test_configured_threads_and_bad_values_are_named():
    assert configured_threads({}) is None
    assert configured_threads({"FAUXPAS_MODEL_THREADS": " 2 "}) == 2
    with pytest.raises(ValueError, match="whole number"):
        configured_threads({"FAUXPAS_MODEL_THREADS": "two"})
    with pytest.raises(ValueError, match="at least 1"):
        configured_threads({"FAUXPAS_MODEL_THREADS": "0"})


def test_this_machine_can_be_read():
    sample = read_proc_stat()
    if sample is None:
        pytest.skip("no /proc/stat here")
    busy, total = sample
    assert 0 < busy < total
    assert usable_cores() >= 1
