from multiprocessing.shared_memory import ShareableList

DATA = b"ab\x00\x00"  # bytes that end with two NUL bytes
HEADING = "进程之间的内存共享"  # 9 characters, 27 bytes in UTF-8


def main() -> None:
    items = ShareableList([DATA, HEADING, " " * 27])
    try:
        print("stored", DATA, "read back", items[0])
        try:
            print("stored", HEADING, "read back", items[1])
        except UnicodeDecodeError as exc:
            print("stored", HEADING, "read back:", type(exc).__name__)
        items[2] = HEADING  # assignment checks the UTF-8 length: 27 fits
        print("in the slot made for 27 spaces:", items[2])
        items[2] = "x" * 32  # the slot is 8 * (27 // 8 + 1) = 32 bytes
        try:
            items[2] = "x" * 33
        except ValueError:
            print("that slot takes 32 bytes; 33 raise ValueError")
    finally:
        items.shm.close()
        items.shm.unlink()


if __name__ == "__main__":
    main()
