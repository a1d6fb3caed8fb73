"""Force the bad order: both processes read before either one writes."""

from multiprocessing import Pipe, Process, Value


def add_one(counter, my_end, other_end) -> None:
    other_end.close()  # the other process's end: this one never uses it
    seen = counter.value  # step 1 of `counter.value += 1`: read
    my_end.send("read")  # tell the other process that this one has read
    my_end.recv()  # and wait until it has read too
    counter.value = seen + 1  # step 2: write back what this process computed
    my_end.close()


def main() -> None:
    counter = Value("i", 0)
    end_1, end_2 = Pipe()  # one pipe between the two processes
    workers = [
        Process(target=add_one, args=(counter, end_1, end_2)),
        Process(target=add_one, args=(counter, end_2, end_1)),
    ]
    for worker in workers:
        worker.start()
    end_1.close()  # the parent talks to neither process
    end_2.close()
    for worker in workers:
        worker.join()
    print("additions made: 2")
    print(f"counter:        {counter.value}")
    print(f"updates lost:   {2 - counter.value}")


if __name__ == "__main__":
    main()
