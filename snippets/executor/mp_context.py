import multiprocessing
from concurrent.futures import ProcessPoolExecutor

SETTINGS = {"mode": "set at import"}


def read_mode() -> str:
    return SETTINGS["mode"]


def main() -> None:
    SETTINGS["mode"] = "changed in main()"
    spawn = multiprocessing.get_context("spawn")
    # The workers of this executor start with spawn, whatever the
    # program's default start method is.
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as executor:
        print("spawned worker sees:", executor.submit(read_mode).result())
    print("parent sees:", SETTINGS["mode"])


if __name__ == "__main__":
    main()
