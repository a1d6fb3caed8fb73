from multiprocessing.shared_memory import SharedMemory


def main() -> None:
    block = SharedMemory(create=True, size=16)
    # A view of the first 16 bytes as two 8-byte integers. (Slice first: on
    # some systems, macOS among them, a block can be larger than requested.)
    numbers = block.buf[:16].cast("q")
    numbers[0], numbers[1] = 7, 35

    try:
        block.close()  # fails: `numbers` still points into the mapping
    except BufferError as exc:
        print("close() with a live view raises", type(exc).__name__)

    print("numbers:", numbers.tolist())
    numbers.release()  # drop every view first ...
    block.close()  # ... then close() succeeds
    block.unlink()
    print("closed and unlinked")


if __name__ == "__main__":
    main()
