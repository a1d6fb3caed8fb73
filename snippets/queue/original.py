from multiprocessing import Process,Queue

"""
    Queue 实现进程间的 `数据交互`,中间使用 `序列化`
"""

# 简单的小钩子,用于快速将数据做成一个列表返回。
def get_all(queue):
    q = []
    if hasattr(queue,'get' and 'empty'):
        while True:
            if queue.empty():  # 判断 队列 `q` 是否为空。 null => True or not null => False
                return q  # 跳出循环,返回结果.
            q.append(queue.get())
    else:
        raise TypeError("Please input Queue Object!")

"""
    使用 multiprocessing 中的 Queue(队列)
"""

def run(q,name):
    q.put(name)

if __name__ == '__main__':
    li = []  
    q = Queue()
    process1 = Process(target=run,args=(q,'XeanYu'))
    process2 = Process(target=run,args=(q,'XY'))
    process1.start()
    process2.start()

    process1.join()
    process2.join()

    li = get_all(q)
    print(li)
