import multiprocessing
import os
import time


"""
os.getppid()    获取当前进程的父进程的PID
os.getpid()     获取当前进程的PID
"""

# 定义
def run():
		time.sleep(3)
    print('父进程的PID:',os.getppid())
    print("当前进程的PID:",os.getpid())
		
		# 继承多进程
class MyProcess(multiprocessing.Process):
    def __init__(self,func):
        super(MyProcess,self).__init__()
        self.func = func

    def run(self):
        self.func()


if __name__ == '__main__':
    print("主进程的父进程PID:",os.getppid()) # 主进程的父进程的PID
    print("主进程的PID:",os.getpid()) # 主进程的 PID
    print("_"*20 + "\n")

    Process = MyProcess(run,"XeanYu") # 实例化一个多进程对象
    Process.start() # 执行多进程
