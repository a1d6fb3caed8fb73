"""Exercise solution: four sellers share 100 tickets; none is sold twice."""

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
    sold = [sales.get() for _ in sellers]
    for seller in sellers:
        seller.join()
    print(f"sellers reporting: {len(sold)}")
    print(f"tickets sold: {sum(sold)}")
    print(f"tickets left: {stock.value}")


if __name__ == "__main__":
    main()
