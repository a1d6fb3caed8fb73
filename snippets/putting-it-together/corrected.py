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
        process = Process(target=worker, args=(send_end, number))
        process.start()
        send_end.close()  # a worker that dies now gives EOFError, not a hang
        workers.append(process)
        receive_ends.append(receive_end)

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
