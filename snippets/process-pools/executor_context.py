import multiprocessing
from concurrent.futures import ProcessPoolExecutor

SETTINGS = {"mode": "set at import"}


def read_mode(_: int) -> str:
    return SETTINGS["mode"]


def main() -> None:
    SETTINGS["mode"] = "changed in main()"
    spawn = multiprocessing.get_context("spawn")
    # Workers of this executor start with spawn, whatever the default is.
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as executor:
        print("executor worker sees:", executor.submit(read_mode, 0).result())
    # A context has its own Pool() too.
    with spawn.Pool(processes=1) as pool:
        print("pool worker sees:", pool.apply(read_mode, (0,)))
        pool.close()
        pool.join()
    print("parent sees:", SETTINGS["mode"])


if __name__ == "__main__":
    main()
