from multiprocessing import Event, Process
from multiprocessing.synchronize import Event as EventType


def wait_for(started: EventType, stop: EventType) -> None:
    started.set()
    stop.wait()


def main() -> None:
    started, stop = Event(), Event()
    helper = Process(target=wait_for, args=(started, stop), daemon=True)
    helper.start()
    started.wait()
    print("daemon:", helper.daemon)
    print("alive while the main process runs:", helper.is_alive())
    print("the main process returns without joining it")


if __name__ == "__main__":
    main()
