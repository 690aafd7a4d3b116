// The page's scheduler: one WorkerRunner (so the wasm is fetched and compiled once, in
// one worker, whatever the number of snippets), loaded only when first needed, and one
// queue, so runs never overlap. It also keeps each session's history, notebook-style:
// running a cell first runs the earlier cells of its session that have not run yet, and
// when the worker is stopped (taking the sessions with it) the cells are told.

export class Runs {
  #runnerUrl;
  #workerUrl;
  #runner = null;
  #queue = Promise.resolve();
  #current = null;
  // Per session: the cells that ran without an error since the session last started.
  #ran = new Map();
  #snippetsIn;

  /**
   * `baseUrl` is where sandpit-runner.js and sandpit-worker.js are; `snippetsIn(name)`
   * lists a session's snippets in page order.
   */
  constructor(baseUrl, snippetsIn) {
    this.#runnerUrl = new URL('sandpit-runner.js', baseUrl);
    this.#workerUrl = new URL('sandpit-worker.js', baseUrl);
    this.#snippetsIn = snippetsIn;
  }

  /** The runner, made (and its worker started, loading the wasm) on first call. */
  runner() {
    this.#runner ??= import(this.#runnerUrl.href).then(({ WorkerRunner }) => {
      const runner = new WorkerRunner({
        workerUrl: workerScript(this.#workerUrl),
        onSessionsLost: (names) => names.forEach((n) => this.#lost(n, 'a run was stopped, which restarts Python')),
      });
      runner.warm();
      return runner;
    });
    return this.#runner;
  }

  /** Runs `snippet`, after the earlier cells of its session that have not run yet. */
  request(snippet) {
    const name = snippet.session;
    const sessionCells = name ? this.#snippetsIn(name) : [];
    const ran = name ? this.#ranIn(name) : new Set();
    const before = sessionCells.slice(0, Math.max(0, sessionCells.indexOf(snippet))).filter((s) => !ran.has(s));
    const cells = [...before.filter((s) => s.root.dataset.state === 'idle'), snippet];
    const ticket = {};
    for (const cell of cells) {
      cell.ticket = ticket;
      cell.setState('queued');
    }
    const earlier = cells.length - 1;
    const note = earlier ? `Ran ${earlier} earlier cell${earlier > 1 ? 's' : ''} of session "${name}" first.` : '';
    const task = () => this.#sequence(cells, name, note, ticket);
    this.#queue = this.#queue.then(task, task);
    return this.#queue;
  }

  /** Stops `snippet`'s run, or takes it out of the queue. */
  stop(snippet) {
    if (this.#current === snippet) {
      this.#runner?.then((r) => r.stop());
    } else {
      snippet.ticket = null;
      snippet.setState('idle');
    }
  }

  /** Forgets session `name` in the worker; its cells say so. */
  async resetSession(name) {
    if (this.#runner) (await this.#runner).resetSession(name);
    this.#ran.delete(name);
    for (const s of this.#snippetsIn(name)) s.note(`Session "${name}" was restarted: its variables are gone.`);
  }

  // Runs `cells` in order (the last one is the cell asked for, shown under `note`),
  // stopping at the first failure. A cell whose ticket is no longer this request's was
  // taken out of the queue, or queued again by a later request that will run it.
  async #sequence(cells, name, note, ticket) {
    let runner;
    try {
      runner = await this.runner();
    } catch (e) {
      // The next request tries again.
      this.#runner = null;
      for (const cell of cells.filter((c) => c.ticket === ticket)) {
        cell.ticket = null;
        cell.setState('idle');
        cell.note(`Python could not be loaded: ${e?.message ?? e}`);
      }
      return;
    }
    for (const [i, cell] of cells.entries()) {
      if (cell.ticket !== ticket) continue;
      cell.ticket = null;
      this.#current = cell;
      let result;
      try {
        result = await cell.execute(runner, i === cells.length - 1 ? note : '');
      } finally {
        this.#current = null;
      }
      if (!name) continue;
      if (result.error) this.#ranIn(name).delete(cell);
      else this.#ranIn(name).add(cell);
      if (result.error && i < cells.length - 1) {
        for (const rest of cells.slice(i + 1).filter((c) => c.ticket === ticket)) {
          rest.ticket = null;
          rest.setState('idle');
          rest.note(`Not run: an earlier cell of session "${name}" failed.`);
        }
        break;
      }
    }
  }

  #ranIn(name) {
    if (!this.#ran.has(name)) this.#ran.set(name, new Set());
    return this.#ran.get(name);
  }

  #lost(name, why) {
    if (!name) return;
    this.#ran.delete(name);
    for (const s of this.#snippetsIn(name)) {
      s.note(`Session "${name}" was reset (${why}): earlier cells' variables are gone. Running a cell runs the cells above it again.`);
    }
  }
}

/**
 * A URL the page may start `url` as a module worker from: the URL itself when it is
 * same-origin, else a tiny same-origin script that imports it (a page may take embed.js
 * from a CDN, but workers must come from the page's origin).
 */
function workerScript(url) {
  if (url.origin === location.origin) return url;
  const source = `import ${JSON.stringify(url.href)};`;
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}
