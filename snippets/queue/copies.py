"""A queue sends a pickled copy: the receiver's object is not the sender's."""

import multiprocessing as mp


def add_name(inbox, outbox) -> None:
    names = inbox.get()  # a new list, unpickled in this process
    names.append("XY")
    outbox.put(names)


def main() -> None:
    inbox, outbox = mp.Queue(), mp.Queue()
    child = mp.Process(target=add_name, args=(inbox, outbox))
    child.start()
    names = ["XeanYu"]
    inbox.put(names)
    returned = outbox.get(timeout=30)
    child.join()
    print("the parent's list:", names)
    print("the list sent back:", returned)
    print("same object?", returned is names)


if __name__ == "__main__":
    main()
