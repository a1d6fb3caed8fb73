"""Pass what the child needs as arguments: every start method agrees."""

import multiprocessing

settings = {"greeting": "set at import"}


def child(greeting: str, results) -> None:
    results.put(greeting)  # an argument, not a global


def main() -> None:
    settings["greeting"] = "changed in main()"
    methods = multiprocessing.get_all_start_methods()  # Windows: spawn only
    for method in [m for m in ("fork", "spawn", "forkserver") if m in methods]:
        context = multiprocessing.get_context(method)
        results = context.Queue()
        process = context.Process(
            target=child, args=(settings["greeting"], results)
        )
        process.start()
        greeting = results.get(timeout=10)
        process.join()
        print(f"{method:<10} greeting {greeting!r}")


if __name__ == "__main__":
    main()
