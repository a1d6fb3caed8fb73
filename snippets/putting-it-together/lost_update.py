"""A lost update made certain: both workers read before either writes."""

from multiprocessing import Barrier, Manager, Process


def add_one(total, barrier) -> None:
    seen = total["int"]  # read
    barrier.wait(timeout=30)  # until the other worker has read too (30 s at most)
    total["int"] = seen + 1  # write: overwrites the other worker's +1


def main() -> None:
    with Manager() as manager:
        total = manager.dict({"int": 0})
        barrier = Barrier(2)
        workers = [Process(target=add_one, args=(total, barrier)) for _ in range(2)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("increments: 2")
        print(f"total: {total['int']}")


if __name__ == "__main__":
    main()
