# An AttributeError from inside a method ends the program.
class Inventory:
    def __init__(self):
        self.items = {"apple": 3}

    def count(self, name):
        return self.items.get(name, 0)

    def total_weight(self):
        return sum(self.weights.values())

inv = Inventory()
print("apples:", inv.count("apple"))
print("pears:", inv.count("pear"))
print("weight:", inv.total_weight())
