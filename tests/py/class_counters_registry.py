# Class-level state: instance counters, id allocation, registries keyed by subclass name.
class Widget:
    count = 0
    registry = {}

    def __init__(self, label):
        Widget.count += 1
        self.id = Widget.count
        self.label = label
        Widget.registry[self.id] = self

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.label})"

class Button(Widget):
    clicks = 0

    def click(self):
        self.clicks += 1
        Button.total_clicks = getattr(Button, "total_clicks", 0) + 1

w1 = Widget("a")
b1 = Button("ok")
b2 = Button("cancel")
print(Widget.count, Button.count, w1.count, list(Widget.registry.values()))
b1.click()
b1.click()
b2.click()
print(b1.clicks, b2.clicks, Button.clicks, Button.total_clicks)

class Plugin:
    plugins = []

    def __init_subclass__(cls):
        Plugin.plugins.append(cls.__name__)

class CsvPlugin(Plugin):
    pass

class JsonPlugin(Plugin):
    pass

print(Plugin.plugins)

class Shadow:
    value = "class"

s1, s2 = Shadow(), Shadow()
s1.value = "instance"
print(s1.value, s2.value, Shadow.value)
del s1.value
print(s1.value)
