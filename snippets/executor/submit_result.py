from concurrent.futures import ProcessPoolExecutor


def cube(number: int) -> int:
    return number**3


def main() -> None:
    with ProcessPoolExecutor(max_workers=2) as executor:
        # submit() returns at once, with a Future for the call.
        futures = [executor.submit(cube, number) for number in range(1, 5)]
        # result() waits for that one call, then returns its value.
        print("first result:", futures[0].result())
    # Leaving the block waited for every submitted call.
    done = sum(future.done() for future in futures)
    print("done after the block:", done, "of", len(futures))
    print("all results:", [future.result() for future in futures])


if __name__ == "__main__":
    main()
