from multiprocessing import Manager, Process


def worker(registry, name: str) -> None:
    # registry["names"] sends back a pickled COPY of the inner list; append()
    # changes that copy in this process, and the copy is then thrown away.
    registry["names"].append(name)


def main() -> None:
    with Manager() as manager:
        registry = manager.dict()
        registry["names"] = []  # a plain list stored inside the managed dict

        process = Process(target=worker, args=(registry, "XeanYu"))
        process.start()
        process.join()
        print("child exit code:", process.exitcode)
        print("names after the child ran:", registry["names"])

        registry["names"].append("XY")  # the same trap in the parent itself
        print("names after the parent appended:", registry["names"])


if __name__ == "__main__":
    main()
