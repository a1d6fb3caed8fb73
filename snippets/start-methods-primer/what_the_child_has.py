"""The same child function, started with each start method in turn."""

import multiprocessing

settings = {"greeting": "set at import"}


def child(method: str) -> None:
    # __name__: the name of the module this function was loaded from.
    greeting = settings["greeting"]
    print(f"{method:<10} module {__name__:<11} greeting {greeting!r}")


def main() -> None:
    settings["greeting"] = "changed in main()"
    methods = multiprocessing.get_all_start_methods()  # Windows: spawn only
    for method in [m for m in ("fork", "spawn", "forkserver") if m in methods]:
        context = multiprocessing.get_context(method)
        process = context.Process(target=child, args=(method,))
        process.start()
        process.join()  # one child at a time, so the lines come in order


if __name__ == "__main__":
    main()
