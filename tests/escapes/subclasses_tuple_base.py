# expect: dunder __base__
# The classic first step: from any literal up to object, then every loaded class.
classes = ().__class__.__base__.__subclasses__()
print('ESCAPED', len(classes))
