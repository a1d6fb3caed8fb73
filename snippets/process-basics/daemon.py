import time
from multiprocessing import Process


def main() -> None:
    helper = Process(target=time.sleep, args=(60,), daemon=True)
    helper.start()
    print("daemon:", helper.daemon)
    print("alive while the main process runs:", helper.is_alive())
    print("the main process returns without joining it")


if __name__ == "__main__":
    main()
