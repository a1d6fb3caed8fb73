"""The fix for the deadlock: every process takes the locks in one order."""

from multiprocessing import Array, Lock, Process

TIMES = 1000


def transfer(balances, locks, source: int, target: int, amount: int) -> None:
    first, second = sorted((source, target))  # one order for all: lowest first
    for _ in range(TIMES):
        with locks[first], locks[second]:
            balances[source] -= amount
            balances[target] += amount


def main() -> None:
    balances = Array("i", [100, 100], lock=False)  # guarded by `locks`
    locks = [Lock(), Lock()]  # locks[i] guards balances[i]
    workers = [
        Process(target=transfer, args=(balances, locks, 0, 1, 1)),
        Process(target=transfer, args=(balances, locks, 1, 0, 2)),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"exit codes: {[worker.exitcode for worker in workers]}")
    print(f"balances: {balances[:]}, total: {sum(balances)}")


if __name__ == "__main__":
    main()
