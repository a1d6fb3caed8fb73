from multiprocessing import Process,Manager

def run(d,i):
    d.append(i)

if __name__ == '__main__':
    manager = Manager() # 实例化
    d = manager.list() # 定义一个list类型,这个list是进程内存共享的list
    p_list = [] # 进程表
    for i in range(5): # 将每个 i 传入参数
        p = Process(target=run,args=(d,i))
        p.start()
        p_list.append(p)

    for i in p_list:
        i.join()

    print(d) # 查看d,有没有被多个进程操作一个内存地址。
