from multiprocessing import Pool


def cube(number: int) -> int:
    return number**3


def main() -> None:
    cubes: list[int] = []
    with Pool(processes=2) as pool:
        for number in range(1, 7):
            # The callback runs in a thread of this process, so append works.
            pool.apply_async(cube, (number,), callback=cubes.append)
        # Leaving the block calls terminate(): tasks and callbacks not run
        # yet are dropped. close() and join() wait for all of them.
        pool.close()
        pool.join()
    print("callbacks run:", len(cubes))
    print("cubes:", sorted(cubes))


if __name__ == "__main__":
    main()
