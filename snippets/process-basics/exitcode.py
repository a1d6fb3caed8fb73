import sys
from multiprocessing import Event, Process
from multiprocessing.synchronize import Event as EventType


def finish(code: int) -> None:
    sys.exit(code)


def wait_for(started: EventType, stop: EventType) -> None:
    started.set()
    stop.wait()


def main() -> None:
    started, stop = Event(), Event()
    ok = Process(target=finish, args=(0,), name="ok")
    failed = Process(target=finish, args=(3,), name="failed")
    stuck = Process(target=wait_for, args=(started, stop), name="stuck")
    for worker in (ok, failed, stuck):
        worker.start()
    started.wait()
    print("stuck is still running, its exit code is", stuck.exitcode)
    stuck.terminate()
    for worker in (ok, failed, stuck):
        worker.join()
        print(f"{worker.name}: exit code {worker.exitcode}")


if __name__ == "__main__":
    main()
