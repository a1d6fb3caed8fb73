import sys
import time
from multiprocessing import Process


def finish(code: int) -> None:
    sys.exit(code)


def main() -> None:
    ok = Process(target=finish, args=(0,), name="ok")
    failed = Process(target=finish, args=(3,), name="failed")
    stuck = Process(target=time.sleep, args=(60,), name="stuck")
    for worker in (ok, failed, stuck):
        worker.start()
    print("stuck is still running, its exit code is", stuck.exitcode)
    stuck.terminate()
    for worker in (ok, failed, stuck):
        worker.join()
        print(f"{worker.name}: exit code {worker.exitcode}")


if __name__ == "__main__":
    main()
