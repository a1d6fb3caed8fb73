"""Force the bad order: both processes read before either one writes."""

from multiprocessing import Barrier, Process, Value


def add_one(counter, both_have_read) -> None:
    seen = counter.value  # step 1 of `counter.value += 1`: read
    both_have_read.wait()  # hold on until the other process has read too
    counter.value = seen + 1  # step 2: write back what this process computed


def main() -> None:
    counter = Value("i", 0)
    both_have_read = Barrier(2)
    workers = [
        Process(target=add_one, args=(counter, both_have_read))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("additions made: 2")
    print(f"counter:        {counter.value}")
    print(f"updates lost:   {2 - counter.value}")


if __name__ == "__main__":
    main()
