# expect: error AttributeError
# gi_frame through a format field: Sandpit generators have no frame attribute at all.
gen = (x for x in [1])
print('ESCAPED', '{0.gi_frame.f_globals}'.format(gen))
