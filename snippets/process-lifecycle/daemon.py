import time
from multiprocessing import Process


def main() -> None:
    helper = Process(target=time.sleep, args=(60,), daemon=True)
    helper.start()
    print(f"{helper.name}: daemon={helper.daemon}, alive={helper.is_alive()}")
    print("main() returns without joining it; at exit it is terminated")


if __name__ == "__main__":
    main()
