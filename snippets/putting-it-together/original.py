from multiprocessing import Process,Manager,Pipe
from random import randint
"""
    知识点要求:
        1.多进程使用
        2.多进程之间的通信
        3.多进程之间的内存共享
        4.使用自己定义类,并且继承多线程
"""
class MeProcess(Process): # 继承多线程
    def __init__(self,func,args=()):
        super(MeProcess,self).__init__(target=func,args=args) # 为了省事,就直接这样写了,没写 run(self)

def send(a,random_int):
    a.send(random_int) # 发送

def add(inter,b):
    inter["int"] = inter.get('int') + int(b.recv())
    print(inter.get('int'))

if __name__ == '__main__':
    manager = Manager()
    A,B = Pipe()
    inter = manager.dict()
    inter['int'] = 0

    p_list = []
    for i in range(10):
        Pa = MeProcess(func=send,args=(A,randint(10,100)))
        Pb = MeProcess(func=add,args=(inter,B))
        Pa.start()
        Pb.start()
        p_list.append(Pa)
        p_list.append(Pb)

    for i in p_list:
        i.join()

    print(inter.get('int'))
