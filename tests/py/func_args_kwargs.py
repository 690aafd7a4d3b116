# *args and **kwargs: collecting, forwarding, and unpacking into calls.
def collect(*args, **kwargs):
    return args, kwargs

print(collect(), collect(1), collect(1, 2, x=3), collect(*[4, 5], **{"y": 6}))

def total(*nums):
    result = 0
    for n in nums:
        result += n
    return result

print(total(), total(1), total(1, 2, 3), total(*range(10)))

def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())

print(describe(name="ann", age=3), repr(describe()))

def forward(*args, **kwargs):
    return target(*args, **kwargs)

def target(a, b=0, *, c=0):
    return a + b + c

print(forward(1), forward(1, 2), forward(1, c=5), forward(a=1, b=1, c=1))
args = (1, 2)
kw = {"c": 3}
print(target(*args, **kw))

def first_and_rest(first, *rest, **opts):
    return first, rest, opts

print(first_and_rest("only"), first_and_rest(1, 2, 3, flag=True))
print(type(collect()[0]).__name__, type(collect()[1]).__name__)

def modify_kwargs(**kw):
    kw["added"] = True
    return kw

original = {"x": 1}
print(modify_kwargs(**original), original)
print(collect(*"ab", *[1], **{"k": 1}, z=2))
