from multiprocessing import Pool


def cube(number: int) -> int:
    return number**3


def main() -> None:
    cubes: list[int] = []
    with Pool(processes=2) as pool:
        pending = [
            # The callback runs in a thread of this process, so append works.
            pool.apply_async(cube, (number,), callback=cubes.append)
            for number in range(1, 7)
        ]
        # Leaving the block calls terminate(): tasks and callbacks not run
        # yet are dropped. Wait for each task inside the block: get()
        # returns once its callback has run. If a worker dies, its task
        # never ends: the timeout raises multiprocessing.TimeoutError.
        for result in pending:
            result.get(timeout=10)
        pool.close()
        pool.join()
    print("callbacks run:", len(cubes))
    print("cubes:", sorted(cubes))


if __name__ == "__main__":
    main()
