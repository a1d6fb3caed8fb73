from multiprocessing import Process


def greet(name: str, greeting: str) -> None:
    print(f"{greeting}, {name}!")


def main() -> None:
    worker = Process(target=greet, args=("XeanYu", "Hello"))
    worker.start()
    worker.join()
    print(f"{worker.name} finished with exit code {worker.exitcode}")


if __name__ == "__main__":
    main()
