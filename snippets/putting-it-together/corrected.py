"""Share nothing: each worker sends its result, the parent does the adding."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection

NUMBERS = [10, 20, 30, 40, 50]


def worker(send_end: Connection, number: int) -> None:
    send_end.send(number * number)
    send_end.close()


def main() -> None:
    workers = []
    receive_ends = []
    for number in NUMBERS:
        receive_end, send_end = Pipe(duplex=False)  # one pipe per worker
        proc = Process(target=worker, args=(send_end, number))
        proc.start()
        send_end.close()  # a worker that dies now gives EOFError, not a hang
        workers.append(proc)
        receive_ends.append(receive_end)

    results = [receive_end.recv() for receive_end in receive_ends]
    for receive_end in receive_ends:
        receive_end.close()
    for proc in workers:
        proc.join()

    expected = sum(number * number for number in NUMBERS)
    actual = sum(results)
    print(f"results in input order: {results}")
    print(f"expected: {expected}, actual: {actual}")
    print(f"correct: {actual == expected}")
    print(f"exit codes: {[proc.exitcode for proc in workers]}")


if __name__ == "__main__":
    main()
