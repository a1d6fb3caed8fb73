"""One pipe per worker, and wait() to read whichever is ready."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection, wait


def worker(
    number: int, send_end: Connection, parents_ends: list[Connection]
) -> None:
    for end in parents_ends:  # so that only the parent holds them
        end.close()
    for power in (1, 2, 3):
        send_end.send((number, power, number**power))
    send_end.close()


def main() -> None:
    readers = []
    procs = []
    for number in range(2, 6):
        receive_end, send_end = Pipe(duplex=False)
        readers.append(receive_end)
        # The worker gets every receiving end the parent holds now, to
        # close them: under fork it starts with a copy of each.
        proc = Process(target=worker, args=(number, send_end, readers))
        proc.start()
        send_end.close()  # now, so that the next worker cannot inherit it
        procs.append(proc)

    results = {}
    while readers:
        for conn in wait(readers):  # the ends that have data or are closed
            try:
                number, power, value = conn.recv()
            except EOFError:
                readers.remove(conn)
                conn.close()
            else:
                results[number, power] = value
    for proc in procs:
        proc.join()

    for number in range(2, 6):
        # None marks a result that never came: its worker died first.
        row = [results.get((number, power)) for power in (1, 2, 3)]
        print(f"{number}: {row}")
    print(f"exit codes: {[proc.exitcode for proc in procs]}")


if __name__ == "__main__":
    main()
