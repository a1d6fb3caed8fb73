"""A consumer sleeps on a Condition until the producer has made enough."""

from multiprocessing import Condition, Process, Queue, RawValue

NEEDED = 3


def produce(stock, changed) -> None:
    for _ in range(NEEDED):
        with changed:  # the Condition's lock guards `stock`
            stock.value += 1
            changed.notify_all()  # wake the waiters so they check again


def consume(stock, changed, report) -> None:
    with changed:
        # wait_for() releases the lock while asleep, re-checks on each wake-up
        changed.wait_for(lambda: stock.value >= NEEDED, timeout=5)
        report.put(stock.value)  # still under the lock: nobody changes it


def main() -> None:
    stock = RawValue("i", 0)
    changed = Condition()
    report = Queue()
    consumer = Process(target=consume, args=(stock, changed, report))
    producer = Process(target=produce, args=(stock, changed))
    consumer.start()
    producer.start()
    seen = report.get()
    producer.join()
    consumer.join()
    print(f"the consumer needed: {NEEDED}")
    print(f"stock when it woke:  {seen}")


if __name__ == "__main__":
    main()
