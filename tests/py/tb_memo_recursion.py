# A KeyError raised from inside a memoized recursive function, ten frames down.
memo = {0: 0, 1: 1}

def fib(n):
    if n in memo:
        return memo[n]
    if n == 120:
        return memo["limit reached at 120"]
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print(fib(50))
memo = {0: 0, 1: 1}
print(fib(130))
