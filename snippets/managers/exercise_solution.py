from multiprocessing import Manager, Process

LINES = [
    "the manager holds the dict",
    "each process sends requests to the manager",
    "the dict lives in the manager process",
]


def count_words(counts, lock, line: str) -> None:
    for word in line.split():
        # get() and the assignment are two requests: lock them together.
        with lock:
            counts[word] = counts.get(word, 0) + 1


def main() -> None:
    with Manager() as manager:
        counts = manager.dict()
        lock = manager.Lock()
        workers = [
            Process(target=count_words, args=(counts, lock, line))
            for line in LINES
        ]
        for process in workers:
            process.start()
        for process in workers:
            process.join()
        totals = counts.copy()  # one request: a plain dict comes back

    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    print("most frequent:", ranked[:3])
    print("words counted:", sum(totals.values()))
    print("words in LINES:", sum(len(line.split()) for line in LINES))


if __name__ == "__main__":
    main()
