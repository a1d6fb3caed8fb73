import sys
from multiprocessing import Process


class Countdown(Process):
    """Counts down from ``start`` and exits with the number of steps taken."""

    def __init__(self, start: int) -> None:
        super().__init__(name=f"countdown-{start}")
        self.steps_from = start

    def run(self) -> None:
        steps = 0
        for _ in range(self.steps_from, 0, -1):
            steps += 1
        sys.exit(steps)


def main() -> None:
    workers = [Countdown(start) for start in (3, 5, 8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
        print(f"{worker.name} exited with {worker.exitcode}")


if __name__ == "__main__":
    main()
