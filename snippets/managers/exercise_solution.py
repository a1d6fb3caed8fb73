from multiprocessing import Manager, Process

LINES = [
    "a manager keeps the lists in its own process",
    "each worker files its words by their length",
    "no word may be lost on its way to the lists",
]


def file_words(by_length, line: str) -> None:
    for word in line.split():
        # by_length[n] is a proxy for a list in the server, so append() is
        # one request that changes the real list: nothing to read back.
        by_length[len(word)].append(word)


def main() -> None:
    longest = max(len(word) for line in LINES for word in line.split())
    with Manager() as manager:
        by_length = manager.dict()
        # One managed list per length, made before any worker starts: a
        # plain list here would be copied out and every append lost.
        for length in range(1, longest + 1):
            by_length[length] = manager.list()
        workers = [
            Process(target=file_words, args=(by_length, line))
            for line in LINES
        ]
        for process in workers:
            process.start()
        for process in workers:
            process.join()
        # words[:] brings each list back in one request, as a plain list.
        table = {n: sorted(words[:]) for n, words in by_length.items()}

    for length, words in table.items():
        if words:
            print(f"{length}: {words}")
    print("words filed:", sum(len(words) for words in table.values()))
    print("words in LINES:", sum(len(line.split()) for line in LINES))


if __name__ == "__main__":
    main()
