"""An RLock can be taken again by the process that holds it; a Lock cannot."""

from multiprocessing import Lock, Process, RLock, Value


def deposit(balance, lock, amount: int) -> None:
    with lock:
        balance.value += amount


def deposit_twice(balance, lock, amount: int) -> None:
    with lock:  # this process holds the lock ...
        deposit(balance, lock, amount)  # ... and deposit() takes it again
        deposit(balance, lock, amount)


def main() -> None:
    balance = Value("i", 0, lock=False)  # guarded by our own lock instead
    rlock = RLock()
    child = Process(target=deposit_twice, args=(balance, rlock, 50))
    child.start()
    child.join()
    print(f"RLock: balance {balance.value}, exit code {child.exitcode}")

    lock = Lock()
    lock.acquire()
    again = lock.acquire(timeout=0.1)  # the same process asks a second time
    print(f"Lock: the second acquire() returned {again}")
    lock.release()


if __name__ == "__main__":
    main()
