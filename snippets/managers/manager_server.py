from multiprocessing import Manager, active_children


def main() -> None:
    with Manager() as manager:
        running = [child.name for child in active_children()]
        print("children of the main process:", running)

        numbers = manager.list([3, 1, 2])
        print("numbers is a", type(numbers).__name__)
        numbers.sort()  # one request: list.sort runs in the server process
        snapshot = numbers[:]  # one request: the reply is a copy
        print("snapshot is a", type(snapshot).__name__, snapshot)
    # Leaving the block called manager.shutdown(): the server process is gone.
    print("children after the with block:", active_children())
    try:
        numbers.append(4)
    except (OSError, EOFError) as exc:  # the server is no longer there
        print("a proxy after shutdown raises", type(exc).__name__)


if __name__ == "__main__":
    main()
