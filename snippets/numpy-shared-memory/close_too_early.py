from multiprocessing.shared_memory import SharedMemory

import numpy as np


def main() -> None:
    block = SharedMemory(create=True, size=64)
    name = block.name
    try:
        # np.ndarray(buffer=...) keeps the mapping, but holds no lock on it.
        numbers = np.ndarray((8,), dtype=np.int64, buffer=block.buf)
        block.close()  # no error, although numbers still uses the memory
        print("np.ndarray:    close() raised nothing")
        print("               memory unmapped:", numbers.base.closed)
        del numbers  # reading it now would crash the process

        # np.frombuffer() holds the buffer: close() refuses while it lives.
        block = SharedMemory(name=name)
        numbers = np.frombuffer(block.buf, dtype=np.int64)
        try:
            block.close()
        except BufferError as exc:
            print("np.frombuffer: close() raised BufferError:", exc)
        del numbers
        block.close()
        print("after del:     close() succeeded")
    finally:
        block.unlink()


if __name__ == "__main__":
    main()
