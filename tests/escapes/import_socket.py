# expect: import socket
# socket reaches the network.
import socket
print('ESCAPED', socket.gethostname())
