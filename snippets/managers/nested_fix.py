from multiprocessing import Manager, Process


def reassign(registry, name: str) -> None:
    # Fix 1: fetch the copy, change it, and store it back with an assignment,
    # which the dict proxy does forward. Safe here because one process writes.
    names = registry["names"]
    names.append(name)
    registry["names"] = names


def append_to_nested(registry, name: str) -> None:
    # Fix 2: registry["names"] returns a proxy for a list that lives in the
    # manager, so append() reaches the real list (nested proxies, 3.6+).
    registry["names"].append(name)


def main() -> None:
    with Manager() as manager:
        registry = manager.dict()

        registry["names"] = []
        writer = Process(target=reassign, args=(registry, "XeanYu"))
        writer.start()
        writer.join()
        print("fix 1, reassign:", registry["names"])

        registry["names"] = manager.list()
        writers = [
            Process(target=append_to_nested, args=(registry, name))
            for name in ("XeanYu", "XY", "Father", "Son")
        ]
        for process in writers:
            process.start()
        for process in writers:
            process.join()
        print("fix 2, nested proxy:", sorted(registry["names"]))


if __name__ == "__main__":
    main()
