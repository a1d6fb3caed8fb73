"""Share nothing: each worker sends its result, the parent does the adding."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection

NUMBERS = [10, 20, 30, 40, 50]


def worker(
    send_end: Connection, number: int, parents_ends: list[Connection]
) -> None:
    for end in parents_ends:  # so that only the parent holds them
        end.close()
    send_end.send(number * number)
    send_end.close()


def main() -> None:
    workers = []
    receive_ends = []
    for number in NUMBERS:
        receive_end, send_end = Pipe(duplex=False)  # one pipe per worker
        receive_ends.append(receive_end)
        # Under fork the worker starts with a copy of every receiving end
        # the parent holds now; it gets them all, to close them.
        process = Process(target=worker, args=(send_end, number, receive_ends))
        process.start()
        send_end.close()  # a worker that dies now gives EOFError, not a hang
        workers.append(process)

    results = [receive_end.recv() for receive_end in receive_ends]
    for receive_end in receive_ends:
        receive_end.close()
    for process in workers:
        process.join()

    print(f"results in input order: {results}")
    print(f"expected total: {sum(number * number for number in NUMBERS)}")
    print(f"total:          {sum(results)}")
    print(f"exit codes: {[process.exitcode for process in workers]}")


if __name__ == "__main__":
    main()
