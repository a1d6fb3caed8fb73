from multiprocessing import Process


def greet(name: str, greeting: str) -> None:
    print(f"{greeting}, {name}!")


def main() -> None:
    worker = Process(target=greet, args=("XeanYu", "Hello"))
    worker.start()  # the child runs greet("XeanYu", "Hello")
    worker.join()  # wait here until the child has ended
    print(f"{worker.name} ended with exit code {worker.exitcode}")


if __name__ == "__main__":
    main()
