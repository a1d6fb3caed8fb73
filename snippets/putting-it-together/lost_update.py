"""A lost update made certain: both workers read before either writes."""

from multiprocessing import Barrier, Manager, Process


def add_one(total, both_have_read) -> None:
    seen = total["sum"]  # read: one request to the manager
    both_have_read.wait(timeout=30)  # until the other worker has read too
    total["sum"] = seen + 1  # write: a second request, overwriting the other


def main() -> None:
    with Manager() as manager:
        total = manager.dict({"sum": 0})
        both_have_read = Barrier(2)
        workers = [
            Process(target=add_one, args=(total, both_have_read))
            for _ in range(2)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("additions made: 2")
        print(f"total:          {total['sum']}")
        print(f"updates lost:   {2 - total['sum']}")


if __name__ == "__main__":
    main()
