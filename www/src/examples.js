// The examples gallery: each example is a lesson about one sandbox rule, with the
// policy it runs under (a preset plus changes) and what to look for.

export const EXAMPLES = [
  {
    id: 'hello',
    title: 'Hello, world',
    lesson: 'Plain Python runs as in CPython: output, results and stats come back from the worker.',
    preset: 'teaching',
    code: 'name = "world"\nprint(f"Hello, {name}!")\n\n# The value of the last expression is the run\'s result.\nlen(name) * 2\n',
  },
  {
    id: 'recursion',
    title: 'Recursion limit',
    lesson:
      'Every Python call counts against max_stack_depth. Past it the program gets a RecursionError (and a limit violation) instead of crashing the page.',
    preset: 'teaching',
    limits: { max_stack_depth: 50 },
    code: 'def depth(n):\n    return depth(n + 1)\n\ntry:\n    depth(0)\nexcept RecursionError as e:\n    print("caught:", e)\n\ndepth(0)\n',
  },
  {
    id: 'memory-bomb',
    title: 'Memory bomb',
    lesson:
      'The heap counts the bytes of every live object. Growing past max_memory raises MemoryError; big results (repetition, joins) are refused before they are built.',
    preset: 'teaching',
    limits: { max_memory: 8 * 1024 * 1024 },
    code: 'chunks = []\nwhile True:\n    chunks.append("x" * 1_000_000)\n    print(len(chunks), "MB")\n',
  },
  {
    id: 'infinite-loop',
    title: 'Infinite loop',
    lesson:
      'The instruction budget (fuel) stops a loop that never ends, deterministically; the timeout and the worker\'s hard cap are further lines of defence. The page stays responsive throughout.',
    preset: 'teaching',
    limits: { max_instructions: 2_000_000 },
    code: 'n = 0\nwhile True:\n    n += 1\n',
  },
  {
    id: 'import-os',
    title: 'Blocked import',
    lesson:
      'Only modules the policy allows can be imported, and only Sandpit\'s own implementations exist. The editor marks the import before you run it.',
    preset: 'teaching',
    code: 'import math\nprint(math.sqrt(2))\n\nimport os\nprint(os.listdir("/"))\n',
  },
  {
    id: 'dunder-escape',
    title: 'Dunder escape',
    lesson:
      'The classic CPython sandbox escape walks from a tuple to every class in the interpreter. Sandpit blocks the dunder attributes that reach beyond an object.',
    preset: 'teaching',
    code: 'classes = ().__class__.__base__.__subclasses__()\nprint(len(classes))\n',
  },
  {
    id: 'deterministic-time',
    title: 'Virtual clock',
    lesson:
      'Under the deterministic preset the clock is virtual: now() starts at a fixed instant and sleep() advances it without waiting, so every run prints the same bytes.',
    preset: 'deterministic',
    code: 'import datetime, time\n\nprint(datetime.datetime.now())\ntime.sleep(3600)  # returns at once\nprint(datetime.datetime.now())\nprint(time.monotonic())\n',
  },
  {
    id: 'seeded-random',
    title: 'Seeded random',
    lesson:
      'random is a Mersenne Twister seeded the way CPython seeds it, so seed(42) gives CPython\'s exact numbers.',
    preset: 'teaching',
    code: 'import random\n\nrandom.seed(42)\nprint(random.random())   # CPython: 0.6394267984578837\nprint(random.randint(1, 6), random.choice("abc"))\nitems = list(range(10))\nrandom.shuffle(items)\nprint(items)\n',
  },
  {
    id: 'host-function',
    title: 'Host function',
    lesson:
      'The page hands Python a capability: fetch_price is a JavaScript async function. The policy lists which host functions a run may call; the run suspends while the promise settles.',
    preset: 'teaching',
    hostFunctions: ['fetch_price'],
    code: 'basket = ["apple", "pear", "fig"]\ntotal = 0\nfor item in basket:\n    price = fetch_price(item)\n    print(f"{item}: {price}")\n    total += price\nprint("total", round(total, 2))\n',
  },
  {
    id: 'regex-blowup',
    title: 'Regex that cannot blow up',
    lesson:
      'In CPython this pattern backtracks exponentially. Sandpit\'s re runs on a linear-time engine, so it answers in milliseconds.',
    preset: 'teaching',
    code: 'import re\n\ntext = "a" * 50_000 + "b"\nprint(re.match(r"(a+)+$", text))\nprint(re.search(r"(a+)+b", text).span())\n',
  },
  {
    id: 'format-bomb',
    title: 'Format-width bomb',
    lesson:
      'A format width of a billion would build a gigabyte string. The size is checked before anything is allocated.',
    preset: 'teaching',
    code: 'width = 10 ** 9\ns = f"{1:>{width}}"\nprint(len(s))\n',
  },
  {
    id: 'classes',
    title: 'Classes run fine',
    lesson: 'Sandboxing costs nothing for ordinary programs: classes, inheritance, properties and dunder methods you define all work.',
    preset: 'strict',
    code:
      'class Account:\n    def __init__(self, owner, balance=0):\n        self.owner = owner\n        self._balance = balance\n\n    @property\n    def balance(self):\n        return self._balance\n\n    def deposit(self, amount):\n        if amount <= 0:\n            raise ValueError("deposit must be positive")\n        self._balance += amount\n        return self\n\n    def __repr__(self):\n        return f"Account({self.owner!r}, {self._balance})"\n\n\nclass Savings(Account):\n    rate = 0.02\n\n    def add_interest(self):\n        return self.deposit(round(self.balance * self.rate, 2))\n\n\nacct = Savings("ada", 100).deposit(50).add_interest()\nprint(acct, acct.balance)\ntry:\n    acct.deposit(-1)\nexcept ValueError as e:\n    print("refused:", e)\n',
  },
  {
    id: 'pattern-matching',
    title: 'Pattern matching',
    lesson:
      'match statements work as in CPython 3.11. A class pattern reads the attributes it names, so naming a blocked dunder (here through __match_args__) is refused as reading obj.__dict__ is.',
    preset: 'teaching',
    code:
      'def describe(shape):\n    match shape:\n        case {"kind": "circle", "r": r}:\n            return f"circle of area {3.14159 * r * r:.1f}"\n        case {"kind": "rect", "w": w, "h": h} if w == h:\n            return f"square of side {w}"\n        case {"kind": "rect", "w": w, "h": h}:\n            return f"{w}x{h} rectangle"\n        case [first, *rest]:\n            return f"{1 + len(rest)} shapes, first: {describe(first)}"\n        case _:\n            return "unknown"\n\n\nprint(describe({"kind": "circle", "r": 2}))\nprint(describe({"kind": "rect", "w": 3, "h": 3}))\nprint(describe([{"kind": "rect", "w": 2, "h": 5}, {}]))\n\n\n# A class pattern reads the attributes it names, so it obeys the same\n# rules as obj.attr: naming a blocked dunder is refused.\nclass Leaky:\n    __match_args__ = ("__dict__",)\n\n\nmatch Leaky():\n    case Leaky(secrets):\n        print(secrets)\n',
  },
  {
    id: 'builtins',
    title: 'Withheld builtins',
    lesson: 'eval, exec, open, compile, globals and friends reach code, files or frames: the sandbox does not hand them out.',
    preset: 'teaching',
    code: 'print(sum([1, 2, 3]))\nprint(eval("1 + 1"))\n',
  },
  {
    id: 'denied-member',
    title: 'Denied member',
    lesson:
      'Policies can deny single members of allowed modules (like Temporal\'s invalid_module_members): here random.random is denied while the rest of random works.',
    preset: 'teaching',
    deniedMembers: ['random.random'],
    code: 'import random\n\nprint(random.randint(1, 6) in range(1, 7))\nprint(random.random())\n',
  },
  {
    id: 'output-cap',
    title: 'Output cap',
    lesson: 'max_output_bytes caps what a program may print; past it the output is cut and marked, and the run stops.',
    preset: 'teaching',
    limits: { max_output_bytes: 200 },
    code: 'for i in range(1000):\n    print("line", i)\n',
  },
];

/** The policy an example runs under, from its preset's policy object. */
export function examplePolicy(example, presets) {
  const base = structuredClone(presets[example.preset]);
  Object.assign(base.limits, example.limits ?? {});
  if (example.hostFunctions) base.host_functions = [...example.hostFunctions];
  if (example.deniedMembers) base.denied_members = [...example.deniedMembers];
  return base;
}
