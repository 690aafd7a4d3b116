# Data structures built from classes: linked list, binary search tree, queue.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, *values):
        self.head = None
        self.size = 0
        for v in reversed(values):
            self.push_front(v)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

ll = LinkedList(1, 2, 3)
ll.push_front(0)
print(ll, len(ll), 2 in ll, list(ll))
ll.reverse()
print(ll, LinkedList())

class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        def _ins(node, key):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = _ins(node[1], key)
            elif key > node[0]:
                node[2] = _ins(node[2], key)
            return node
        self.root = _ins(self.root, key)

    def inorder(self):
        def _walk(node):
            if node:
                yield from _walk(node[1])
                yield node[0]
                yield from _walk(node[2])
        return list(_walk(self.root))

    def height(self):
        def _h(node):
            return 0 if node is None else 1 + max(_h(node[1]), _h(node[2]))
        return _h(self.root)

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t.insert(k)
print(t.inorder(), t.height())

class Queue:
    def __init__(self):
        self._in, self._out = [], []

    def put(self, x):
        self._in.append(x)

    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("get from empty queue")
        return self._out.pop()

q = Queue()
for i in range(3):
    q.put(i)
print(q.get(), q.get())
q.put(9)
print(q.get(), q.get())
try:
    q.get()
except IndexError as e:
    print(type(e).__name__, e)
