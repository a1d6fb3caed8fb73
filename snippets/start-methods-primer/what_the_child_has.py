"""The same child function, started with each start method in turn."""

import multiprocessing

settings = {"greeting": "set at import"}


def child(results) -> None:
    # __name__: the name of the module this function was loaded from.
    results.put((__name__, settings["greeting"]))


def main() -> None:
    settings["greeting"] = "changed in main()"
    methods = multiprocessing.get_all_start_methods()  # Windows: spawn only
    for method in [m for m in ("fork", "spawn", "forkserver") if m in methods]:
        context = multiprocessing.get_context(method)
        results = context.Queue()
        process = context.Process(target=child, args=(results,))
        process.start()
        module, greeting = results.get(timeout=10)
        process.join()
        print(f"{method:<10} module {module:<11} greeting {greeting!r}")


if __name__ == "__main__":
    main()
