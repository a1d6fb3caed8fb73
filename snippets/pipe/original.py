from multiprocessing import Process,Pipe

def Son(pipe):
    pipe.send("Hello Father") # 向父亲发送 `Hello Father`
    print("From Father:" + pipe.recv()) # 接收父亲发过来的 `Hi my son!`

def Father(pipe):
    print("From Son:" + pipe.recv()) # 接收儿子的发来的 `Hello Father`
    pipe.send("Hi my son!") # 发送给儿子,说 `Hi my son!`

if __name__ == '__main__':
    father,son = Pipe() # 实例化一个父亲和儿子
    f = Process(target=Father,args=(father,)) # 父亲的进程
    s = Process(target=Son,args=(son,)) # 儿子的进程

    f.start() # 启动
    s.start() # 启动
		
		""""
		结果:
			>>> From Son:Hello Father
			>>> From Father:Hi my son!
		""""
