# expect: import io
# io opens files.
import io
with io.open('/etc/passwd') as f:
    print('ESCAPED', f.readline()[:4])
