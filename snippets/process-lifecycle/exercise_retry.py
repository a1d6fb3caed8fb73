"""Exercise solution: restart a failing worker until it succeeds."""

import multiprocessing
import sys
from multiprocessing import Process


def flaky(attempts) -> None:
    with attempts.get_lock():
        attempts.value += 1
        attempt = attempts.value
    sys.exit(0 if attempt >= 3 else 1)  # fails twice, then succeeds


def main() -> None:
    attempts = multiprocessing.Value("i", 0)
    for number in range(1, 6):
        # A Process object starts only once: make a new one each time.
        name = f"try-{number}"
        worker = Process(target=flaky, args=(attempts,), name=name)
        worker.start()
        worker.join()
        code = worker.exitcode
        worker.close()  # this object is done: free what it holds
        print(f"{worker.name}: exit code {code}")
        if code == 0:
            break
    print("attempts:", attempts.value)


if __name__ == "__main__":
    main()
