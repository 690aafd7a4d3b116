# A failed assert without a message: the final line is just the type name.
balance = 100
for withdrawal in [30, 50, 40]:
    balance -= withdrawal
    print("balance", balance)
    assert balance >= 0
