import multiprocessing
from collections.abc import Callable
from multiprocessing import Process


def run(who: str) -> None:
    me = multiprocessing.current_process()
    parent = multiprocessing.parent_process()
    print(f"{me.name} runs for {who}")
    print("the child's parent is the main process:", parent.name == "MainProcess")


class MyProcess(Process):
    def __init__(self, func: Callable[[str], None], who: str) -> None:
        super().__init__()
        self.func = func
        self.who = who

    def run(self) -> None:
        self.func(self.who)


def main() -> None:
    print("the main process:", multiprocessing.current_process().name)
    print(
        "the main process has a parent process object:",
        multiprocessing.parent_process() is not None,
    )
    process = MyProcess(run, "XeanYu")
    process.start()
    process.join()
    print("the child finished with exit code", process.exitcode)


if __name__ == "__main__":
    main()
