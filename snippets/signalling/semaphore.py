"""A Semaphore(2) lets two workers in at a time; the others wait for a slot."""

from multiprocessing import Event, Process, Queue, RawValue, Semaphore, Value

SLOTS = 2
WORKERS = 4


def worker(slots, inside, most, entered, may_leave) -> None:
    with slots:  # acquire(): take a slot, or wait here until one is free
        with inside.get_lock():
            inside.value += 1
            most.value = max(most.value, inside.value)
        entered.put(1)
        may_leave.wait(timeout=5)  # hold the slot until the parent says so
        with inside.get_lock():
            inside.value -= 1
    # leaving the block calls release(): a waiting worker gets the slot


def main() -> None:
    slots = Semaphore(SLOTS)
    inside = Value("i", 0)  # how many workers hold a slot right now
    most = RawValue("i", 0)  # the largest `inside` seen, under its lock
    entered = Queue()
    may_leave = Event()
    args = (slots, inside, most, entered, may_leave)
    workers = [Process(target=worker, args=args) for _ in range(WORKERS)]
    for process in workers:
        process.start()
    for _ in range(SLOTS):
        entered.get()  # wait until the slots are taken ...
    may_leave.set()  # ... then let the holders go, and the others in
    for _ in range(WORKERS - SLOTS):
        entered.get()  # the others get in as slots are freed
    for process in workers:
        process.join()
    print(f"slots: {SLOTS}, workers: {WORKERS}")
    print(f"most workers inside at once: {most.value}")
    print(f"exit codes: {[process.exitcode for process in workers]}")


if __name__ == "__main__":
    main()
