from __future__ import annotations

from multiprocessing import Pool


def square(number: int) -> tuple[int, int]:
    # Return the input with the output, so each result says what it belongs to.
    return number, number * number


def main() -> None:
    with Pool(processes=3) as pool:
        # imap yields results one by one, in input order, as they are ready.
        for number, result in pool.imap(square, range(5)):
            print(f"imap: {number} -> {result}")
        # imap_unordered yields them in the order they finish: arbitrary.
        finished = dict(pool.imap_unordered(square, range(5)))
        pool.close()
        pool.join()
    # Put them back in a defined order before printing.
    print("imap_unordered, sorted:", [finished[n] for n in sorted(finished)])


if __name__ == "__main__":
    main()
