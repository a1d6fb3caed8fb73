"""A Semaphore(2) lets at most two processes into a section at a time."""

import time
from multiprocessing import Process, RawValue, Semaphore, Value

SLOTS = 2
WORKERS = 5


def use_slot(slots, inside, most) -> None:
    with slots:  # acquire() takes one of the SLOTS, release() gives it back
        with inside.get_lock():
            inside.value += 1
            most.value = max(most.value, inside.value)
        time.sleep(0.05)  # the work done while holding a slot
        with inside.get_lock():
            inside.value -= 1


def main() -> None:
    slots = Semaphore(SLOTS)
    inside = Value("i", 0)  # how many workers hold a slot right now
    most = RawValue("i", 0)  # the largest `inside` ever seen, under its lock
    workers = [
        Process(target=use_slot, args=(slots, inside, most)) for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"workers finished: {sum(w.exitcode == 0 for w in workers)}")
    print(f"never more than {SLOTS} inside: {most.value <= SLOTS}")


if __name__ == "__main__":
    main()
