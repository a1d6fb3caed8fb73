"""Pass what the child needs as arguments: every start method agrees."""

import multiprocessing

settings = {"greeting": "set at import"}


def child(method: str, greeting: str) -> None:
    print(f"{method:<10} greeting {greeting!r}")  # an argument, not a global


def main() -> None:
    settings["greeting"] = "changed in main()"
    methods = multiprocessing.get_all_start_methods()  # Windows: spawn only
    for method in [m for m in ("fork", "spawn", "forkserver") if m in methods]:
        context = multiprocessing.get_context(method)
        process = context.Process(
            target=child, args=(method, settings["greeting"])
        )
        process.start()
        process.join()


if __name__ == "__main__":
    main()
