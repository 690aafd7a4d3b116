# expect: import gc
# gc hands out every live object, frames and modules included.
import gc
print('ESCAPED', len(gc.get_objects()))
