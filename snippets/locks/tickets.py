"""Exercise solution: four sellers share 100 tickets; none is sold twice."""

import queue
import sys
from multiprocessing import Process, Queue, Value

TICKETS = 100
SELLERS = 4


def sell(stock, sales) -> None:
    sold = 0
    while True:
        with stock.get_lock():  # check and take under one lock: one step
            if stock.value == 0:
                break
            stock.value -= 1
        sold += 1
    sales.put(sold)


def main() -> None:
    stock = Value("i", TICKETS)
    sales = Queue()
    sellers = [
        Process(target=sell, args=(stock, sales)) for _ in range(SELLERS)
    ]
    for seller in sellers:
        seller.start()
    try:
        # A timeout, so that a seller that dies before it reports cannot
        # keep the parent waiting forever.
        sold = [sales.get(timeout=10) for _ in sellers]
    except queue.Empty:  # only if a child died first
        codes = [seller.exitcode for seller in sellers]
        sys.exit(f"a seller did not report within 10 s; exit codes: {codes}")
    for seller in sellers:
        seller.join()
    print(f"sellers reporting: {len(sold)}")
    print(f"tickets sold: {sum(sold)}")
    print(f"tickets left: {stock.value}")


if __name__ == "__main__":
    main()
