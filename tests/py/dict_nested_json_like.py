# Nested dict/list structures, traversal, and printing.
config = {
    "name": "service",
    "version": (1, 4, 2),
    "debug": False,
    "limits": {"cpu": 2.5, "memory": 512, "disk": None},
    "hosts": [{"name": "a", "port": 80}, {"name": "b", "port": 8080}],
    "tags": ["web", "prod"],
}
print(config)
print(config["limits"]["memory"], config["hosts"][1]["port"], config["tags"][-1])
config["hosts"].append({"name": "c", "port": 443})
config["limits"]["cpu"] *= 2
print([h["port"] for h in config["hosts"]], config["limits"])

def walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            walk(v, f"{path}.{k}" if path else k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, f"{path}[{i}]")
    else:
        print(f"{path} = {node!r}")

walk(config)

def deep_get(node, *keys, default=None):
    for k in keys:
        try:
            node = node[k]
        except (KeyError, IndexError, TypeError):
            return default
    return node

print(deep_get(config, "hosts", 0, "name"), deep_get(config, "hosts", 9, "name", default="?"), deep_get(config, "debug", "x"))
