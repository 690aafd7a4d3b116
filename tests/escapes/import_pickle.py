# expect: import pickle
# Unpickling a crafted payload calls os.system.
import pickle
pickle.loads(b"cos\nsystem\n(S'echo ESCAPED'\ntR.")
