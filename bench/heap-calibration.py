# Writes the text-heavy CSV files the heap estimate was calibrated on (TextHeapEstimateTest has the figures):
#   python3 bench/heap-calibration.py low|ids|free|mixed|wide [DIR]     (DIR defaults to /tmp/heapcal)
# then bench/heap-calibration.sh DIR/*.csv bisects the smallest -Xmx for each.
import os, random, sys
random.seed(42)
W = ["red","green","blue","yellow","black"]
WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega river stone cloud quick brown lazy".split()
def low(path, rows, cols):
    with open(path,"w") as f:
        f.write(",".join(f"c{i}" for i in range(cols))+"\n")
        r = random.random
        for _ in range(rows):
            f.write(",".join(W[int(r()*5)] for _ in range(cols))+"\n")
def ids(path, rows, cols):
    with open(path,"w") as f:
        f.write(",".join(f"id{i}" for i in range(cols))+"\n")
        for n in range(rows):
            f.write(",".join(f"cust-{n:09d}-{(n*7919+i*104729)%65536:04x}" for i in range(cols))+"\n")
def free(path, rows):
    with open(path,"w") as f:
        f.write("note,comment,title,x,y\n")
        for n in range(rows):
            cells=[]
            for _ in range(3):
                s=""
                target=random.randint(20,60)
                while len(s)<target:
                    s+=random.choice(WORDS)+" "
                cells.append(s[:target].strip())
            f.write(f"{cells[0]},{cells[1]},{cells[2]},{random.random()*100:.4f},{random.randint(0,1000)}\n")
def mixed(path, rows):
    with open(path,"w") as f:
        f.write(",".join([f"n{i}" for i in range(12)]+["cat0","cat1","cat2","cat3","mid0","mid1","id","target"])+"\n")
        for n in range(rows):
            nums=[f"{(random.random()-0.5)*200:.6f}" for _ in range(12)]
            cats=[W[random.randrange(5)] for _ in range(4)]
            mids=[f"city{random.randrange(1000)}" for _ in range(2)]
            f.write(",".join(nums+cats+mids+[f"u{n:08d}x", str(random.randrange(2))])+"\n")
def wide(path, rows, cols):
    with open(path,"w") as f:
        f.write(",".join(f"w{i}" for i in range(cols))+"\n")
        lv=[f"level{j}" for j in range(20)]
        for _ in range(rows):
            f.write(",".join(lv[random.randrange(20)] for _ in range(cols))+"\n")
kind=sys.argv[1]
out=sys.argv[2] if len(sys.argv) > 2 else "/tmp/heapcal"
os.makedirs(out, exist_ok=True)
if kind=="low": low(out+"/low5_1m_x10.csv",1_000_000,10)
if kind=="ids": ids(out+"/ids_1m_x4.csv",1_000_000,4)
if kind=="free": free(out+"/free_500k_x3.csv",500_000)
if kind=="mixed": mixed(out+"/mixed_1m_x20.csv",1_000_000)
if kind=="wide": wide(out+"/wide_200k_x100.csv",200_000,100)
