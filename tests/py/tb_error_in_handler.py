# An exception raised while handling another one: the final line names the new one.
def load_config(text):
    try:
        key, value = text.split("=")
    except ValueError:
        print("malformed line, trying fallback")
        return fallback[text]
    return {key: value}

print(load_config("a=1"))
print(load_config("no equals sign"))
