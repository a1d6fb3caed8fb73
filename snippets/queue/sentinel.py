"""Producers that send an unknown number of items end with a sentinel."""

import multiprocessing as mp

STOP = None  # survives pickling: the copy that arrives is still None


def producer(results, words: list) -> None:
    for word in words:
        results.put(word.upper())
    results.put(STOP)  # "this producer is done"


def main() -> None:
    batches = [["spam", "eggs"], ["ham"], ["foo", "bar", "baz"]]
    results = mp.Queue()
    producers = [
        mp.Process(target=producer, args=(results, batch)) for batch in batches
    ]
    for process in producers:
        process.start()
    received = []
    finished = 0
    while finished < len(producers):  # one STOP per producer
        item = results.get(timeout=30)
        if item is STOP:
            finished += 1
        else:
            received.append(item)
    for process in producers:
        process.join()
    print(len(received), "items:", sorted(received))


if __name__ == "__main__":
    main()
