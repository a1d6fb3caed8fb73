"""Exercise: corrected.py with a worker that fails; the parent reports it."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection

NUMBERS = [10, 20, 30, 40, 50]


def worker(
    send_end: Connection, number: int, parents_ends: list[Connection]
) -> None:
    for end in parents_ends:  # so that only the parent holds them
        end.close()
    if number == 30:
        raise ValueError(f"the worker for {number} fails before sending")
    send_end.send(number * number)
    send_end.close()


def main() -> None:
    workers = []
    receive_ends = []
    for number in NUMBERS:
        receive_end, send_end = Pipe(duplex=False)
        receive_ends.append(receive_end)
        process = Process(target=worker, args=(send_end, number, receive_ends))
        process.start()
        send_end.close()  # else recv() waits forever for the failed worker
        workers.append(process)

    results = {}
    for number, receive_end in zip(NUMBERS, receive_ends):
        try:
            results[number] = receive_end.recv()
        except EOFError:  # its worker ended without sending
            results[number] = None
        receive_end.close()
    for process in workers:
        process.join()

    failed = [
        number
        for number, process in zip(NUMBERS, workers)
        if process.exitcode != 0
    ]
    print(f"results: {results}")
    print(f"failed inputs: {failed}")
    received = [value for value in results.values() if value is not None]
    print(f"total without them: {sum(received)}")
    print(f"exit codes: {[process.exitcode for process in workers]}")


if __name__ == "__main__":
    main()
