"""Four workers each add a slice of 1..100; the parent checks the total."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection

NUMBERS = list(range(1, 101))
WORKERS = 4


def partial_sum(send_end: Connection, chunk: list[int]) -> None:
    send_end.send(sum(chunk))
    send_end.close()


def main() -> None:
    size = len(NUMBERS) // WORKERS
    chunks = [NUMBERS[i : i + size] for i in range(0, len(NUMBERS), size)]
    workers = []
    receive_ends = []
    for chunk in chunks:
        receive_end, send_end = Pipe(duplex=False)
        process = Process(target=partial_sum, args=(send_end, chunk))
        process.start()
        send_end.close()
        workers.append(process)
        receive_ends.append(receive_end)

    partials = [receive_end.recv() for receive_end in receive_ends]
    for receive_end in receive_ends:
        receive_end.close()
    for process in workers:
        process.join()

    print(f"chunks: {[(chunk[0], chunk[-1]) for chunk in chunks]}")
    print(f"partial sums: {partials}")
    print(f"expected total: {len(NUMBERS) * (len(NUMBERS) + 1) // 2}")
    print(f"total:          {sum(partials)}")
    print(f"exit codes: {[process.exitcode for process in workers]}")


if __name__ == "__main__":
    main()
