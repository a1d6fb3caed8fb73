from multiprocessing import Pipe, Process, Value


def count(counter) -> None:
    with counter.get_lock():
        counter.value += 1


def main() -> None:
    counter = Value("i", 0)
    # As an argument of Process: it travels with the child when it starts.
    workers = [Process(target=count, args=(counter,)) for _ in range(3)]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    print("counted through Process args:", counter.value)

    # Anything sent later is pickled, and a shared ctypes object refuses.
    receive_end, send_end = Pipe(duplex=False)
    try:
        send_end.send(counter)
    except RuntimeError as exc:
        print("sent through a pipe: RuntimeError")
        print(exc)
    send_end.close()
    receive_end.close()


if __name__ == "__main__":
    main()
