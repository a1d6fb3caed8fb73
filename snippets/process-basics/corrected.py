import multiprocessing
from collections.abc import Callable
from multiprocessing import Process


def run(who: str) -> None:
    me = multiprocessing.current_process()
    parent = multiprocessing.parent_process()
    print(f"{me.name} runs for {who}; its parent is {parent.name}")


class MyProcess(Process):
    def __init__(self, func: Callable[[str], None], who: str) -> None:
        super().__init__()  # first: it sets up what start() and join() need
        self.func = func
        self.who = who

    def run(self) -> None:  # start() calls this in the child
        self.func(self.who)


def main() -> None:
    print("the main process is", multiprocessing.current_process().name)
    process = MyProcess(run, "XeanYu")
    process.start()
    process.join()
    print(f"{process.name} ended with exit code {process.exitcode}")


if __name__ == "__main__":
    main()
