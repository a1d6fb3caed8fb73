"""register(): a class makes a new object per call, a getter shares one."""

import os
import threading
from multiprocessing.managers import BaseManager


class Scoreboard:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._scores: dict[str, int] = {}

    def add(self, player: str, points: int) -> None:
        with self._lock:
            self._scores[player] = self._scores.get(player, 0) + points

    def table(self) -> list[tuple[str, int]]:
        with self._lock:
            return sorted(self._scores.items())


SCOREBOARD = Scoreboard()


def get_scoreboard() -> Scoreboard:
    return SCOREBOARD


class BoardManager(BaseManager):
    pass


PUBLIC = ("add", "table")  # reset() stays on the server's side
BoardManager.register("Scoreboard", Scoreboard, exposed=PUBLIC)
BoardManager.register(
    "get_scoreboard", callable=get_scoreboard, exposed=PUBLIC
)


def main() -> None:
    authkey = os.urandom(32)
    with BoardManager(address=("127.0.0.1", 0), authkey=authkey) as manager:
        first, second = manager.Scoreboard(), manager.Scoreboard()
        first.add("ada", 3)
        print(f"Scoreboard() twice, the second sees: {second.table()}")

        first, second = manager.get_scoreboard(), manager.get_scoreboard()
        first.add("ada", 3)
        print(f"get_scoreboard() twice, the second sees: {second.table()}")

        try:
            first.reset()
        except AttributeError as error:
            print(f"{type(error).__name__}: {error}")


if __name__ == "__main__":
    main()
