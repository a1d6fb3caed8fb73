import sys
from multiprocessing import Process


class Countdown(Process):
    """Counts down from ``count_from``; exits with the steps it took."""

    def __init__(self, count_from: int) -> None:
        super().__init__(name=f"countdown-{count_from}")
        self.count_from = count_from

    def run(self) -> None:
        steps = 0
        for _ in range(self.count_from, 0, -1):
            steps += 1
        sys.exit(steps)


def main() -> None:
    workers = [Countdown(number) for number in (3, 5, 8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
        print(f"{worker.name} exited with {worker.exitcode}")


if __name__ == "__main__":
    main()
