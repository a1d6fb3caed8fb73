"""Your own class in a manager, used by processes that connect to it."""

import os
import threading
from multiprocessing import Process
from multiprocessing.managers import BaseManager


class Scoreboard:
    def __init__(self) -> None:
        self._scores: dict[str, int] = {}
        self._lock = threading.Lock()  # the server calls from many threads

    def add(self, player: str, points: int) -> None:
        with self._lock:
            self._scores[player] = self._scores.get(player, 0) + points

    def table(self) -> list[tuple[str, int]]:
        with self._lock:
            return sorted(self._scores.items())


SCOREBOARD = Scoreboard()  # the copy in the server process is the one used


def get_scoreboard() -> Scoreboard:
    return SCOREBOARD


class ScoreManager(BaseManager):
    pass


# Clients call manager.get_scoreboard(); the server runs get_scoreboard().
ScoreManager.register("get_scoreboard", callable=get_scoreboard)


def player(
    address: tuple[str, int], authkey: bytes, name: str, rounds: list[int]
) -> None:
    manager = ScoreManager(address=address, authkey=authkey)
    manager.connect()  # to the server that the main process started
    board = manager.get_scoreboard()  # a proxy for SCOREBOARD
    for points in rounds:
        board.add(name, points)


GAMES = (("ada", [3, 5]), ("grace", [4, 4, 4]))  # (name, points per round)


def main() -> None:
    authkey = os.urandom(32)
    with ScoreManager(address=("127.0.0.1", 0), authkey=authkey) as manager:
        address = manager.address  # the real port, chosen by the OS
        players = [
            Process(target=player, args=(address, authkey, name, rounds))
            for name, rounds in GAMES
        ]
        for proc in players:
            proc.start()
        for proc in players:
            proc.join()
        table = manager.get_scoreboard().table()
    # Leaving the block shut the server process down.

    print(f"scores: {table}")
    print(f"players' exit codes: {[proc.exitcode for proc in players]}")


if __name__ == "__main__":
    main()
