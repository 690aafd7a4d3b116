# An operating-system scheduler simulation in the manner of Richards' benchmark:
# six tasks (idle, worker, two handlers, two devices) pass packets through queues,
# hold and release each other, and the scheduler always runs the most urgent
# runnable task. Object attributes, method calls and linked lists.
IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5

KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    def __init__(self, kind, owner):
        self.next = None
        self.kind = kind
        self.owner = owner
        self.index = 0
        self.data = [0, 0, 0, 0]


def enqueue(queue, packet):
    packet.next = None
    if queue is None:
        return packet
    p = queue
    while p.next is not None:
        p = p.next
    p.next = packet
    return queue


# The task kinds share state and two operations but no base class: some peers
# (Monty) run classes without inheritance only.
def init_task(task, ident, priority, queue, waiting):
    task.ident = ident
    task.priority = priority
    task.queue = queue
    task.waiting = waiting
    task.held = False


def runnable(task):
    if task.held:
        return False
    return not task.waiting or task.queue is not None


def take(task):
    if task.waiting and task.queue is not None:
        p = task.queue
        task.queue = p.next
        task.waiting = False
        return p
    return None


class Idle:
    def __init__(self, count):
        init_task(self, IDLE, 0, None, False)
        self.seed = 1
        self.count = count

    def step(self, sched, packet):
        self.count -= 1
        if self.count == 0:
            sched.hold(self)
        elif self.seed & 1 == 0:
            self.seed >>= 1
            sched.release(DEVICE_A)
        else:
            self.seed = (self.seed >> 1) ^ 0xD008
            sched.release(DEVICE_B)


class Worker:
    def __init__(self, queue):
        init_task(self, WORKER, 1000, queue, True)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, sched, packet):
        if packet is None:
            self.waiting = True
            return
        if self.target == HANDLER_A:
            self.target = HANDLER_B
        else:
            self.target = HANDLER_A
        packet.index = 0
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        sched.send(self, packet, self.target)


class Handler:
    def __init__(self, ident, priority, queue):
        init_task(self, ident, priority, queue, True)
        self.work = None
        self.devices = None

    def step(self, sched, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = enqueue(self.work, packet)
            else:
                self.devices = enqueue(self.devices, packet)
        if self.work is not None:
            w = self.work
            i = w.index
            if i >= 4:
                self.work = w.next
                sched.send(self, w, WORKER)
                return
            if self.devices is not None:
                d = self.devices
                self.devices = d.next
                d.index = w.data[i]
                w.index = i + 1
                sched.send(self, d, DEVICE_A if self.ident == HANDLER_A else DEVICE_B)
                return
        self.waiting = True


class Device:
    def __init__(self, ident, priority):
        init_task(self, ident, priority, None, True)
        self.pending = None

    def step(self, sched, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
            else:
                p = self.pending
                self.pending = None
                sched.send(self, p, p.owner)
        else:
            self.pending = packet
            sched.hold(self)


class Scheduler:
    def __init__(self, tasks):
        self.tasks = tasks
        self.order = sorted(tasks, key=lambda t: -t.priority)
        self.sent = 0
        self.holds = 0
        self.steps = 0

    def hold(self, task):
        task.held = True
        self.holds += 1

    def release(self, ident):
        self.tasks[ident].held = False

    def send(self, sender, packet, ident):
        self.sent += 1
        packet.owner = sender.ident
        target = self.tasks[ident]
        target.queue = enqueue(target.queue, packet)

    def run(self):
        order = self.order
        while True:
            task = None
            for t in order:
                if runnable(t):
                    task = t
                    break
            if task is None:
                return
            self.steps += 1
            task.step(self, take(task))


def device_packets(owner):
    q = None
    for _ in range(3):
        q = enqueue(q, Packet(KIND_DEVICE, owner))
    return q


def simulate(count):
    work = enqueue(Packet(KIND_WORK, WORKER), Packet(KIND_WORK, WORKER))
    tasks = [
        Idle(count),
        Worker(work),
        Handler(HANDLER_A, 2000, device_packets(HANDLER_A)),
        Handler(HANDLER_B, 3000, device_packets(HANDLER_B)),
        Device(DEVICE_A, 4000),
        Device(DEVICE_B, 5000),
    ]
    sched = Scheduler(tasks)
    sched.run()
    return sched


total = 0
for round in range(12):
    s = simulate(5000)
    total += s.sent * 7 + s.holds * 3 + s.steps
print("checksum", s.sent, s.holds, s.steps, total)
