"""Three workers fill their own slot, meet at a Barrier, then read all."""

from multiprocessing import Array, Barrier, Process, Queue

PARTIES = 3


def work(index: int, squares, meeting, results) -> None:
    squares[index] = (index + 1) ** 2  # phase 1: write only your own slot
    arrival = meeting.wait()  # nobody passes until all PARTIES have arrived
    results.put((index, arrival, sum(squares[:])))  # phase 2: read all slots


def main() -> None:
    squares = Array("i", PARTIES)
    meeting = Barrier(PARTIES, timeout=5)  # a wait() gives up after 5 s
    results = Queue()
    workers = [
        Process(target=work, args=(i, squares, meeting, results))
        for i in range(PARTIES)
    ]
    for worker in workers:
        worker.start()
    reports = sorted(results.get() for _ in workers)
    for worker in workers:
        worker.join()
    for index, _, total in reports:
        print(f"worker {index} saw the sum of all squares: {total}")
    arrivals = sorted(arrival for _, arrival, _ in reports)
    print(f"wait() returned each of: {arrivals}")


if __name__ == "__main__":
    main()
