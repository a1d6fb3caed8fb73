from multiprocessing import Array, Process, Value


def worker(counter, squares, index: int) -> None:
    # `squares` is a C array in shared memory: this write lands in the
    # same bytes the parent reads, with no message and no pickling.
    squares[index] = index * index
    # `+=` is a read, an add and a write: hold the lock so no update is lost.
    with counter.get_lock():
        counter.value += 1


def main() -> None:
    counter = Value("i", 0)  # one C int, initially 0, with its own lock
    squares = Array("d", 4)  # four C doubles, initially 0.0
    workers = [
        Process(target=worker, args=(counter, squares, i)) for i in range(4)
    ]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    print("workers that ran:", counter.value)
    print("squares:", list(squares))
    print("a slice is a list:", squares[1:3])


if __name__ == "__main__":
    main()
