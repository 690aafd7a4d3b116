// A snippet's options: read from its attributes (over the page-wide defaults), and
// turned into the policy its runs get. Policies are built without the wasm (the main
// thread never loads it): a preset name plus the changes the attributes ask for, which
// the worker applies to the preset (`{preset, ...changes}`, see sandpit.js).

/** The attributes a snippet (or the page, on embed.js's script tag) may set. */
export const OPTION_NAMES = ['preset', 'max-memory', 'timeout-ms', 'max-instructions', 'allow', 'session', 'theme'];

/**
 * The options set on `elements` (the first that has one wins), as `data-NAME`
 * attributes, or plain `NAME` ones on a <sandpit-snippet>.
 */
export function readOptions(...elements) {
  const options = {};
  for (const name of OPTION_NAMES) {
    for (const el of elements) {
      if (!el) continue;
      const plain = el.localName === 'sandpit-snippet' ? el.getAttribute(name) : null;
      const value = el.getAttribute(`data-${name}`) ?? plain;
      if (value !== null) {
        options[name] = value.trim();
        break;
      }
    }
  }
  return options;
}

const BYTE_UNITS = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "16MB", "512k", "1048576": binary units, as the memory limit's messages print them. */
function parseBytes(text) {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text);
  if (!m) return null;
  return Math.round(Number(m[1]) * BYTE_UNITS[m[2].toLowerCase()]);
}

/** A whole number, or "none" for no limit (null). */
function parseCount(text) {
  if (/^none$/i.test(text)) return null;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/**
 * The policy for `options` as `{policy, problems}`: problems are messages about
 * attributes that could not be read (the snippet shows them instead of running).
 */
export function policyFor(options) {
  const problems = [];
  const policy = { preset: options.preset || 'teaching' };
  const limits = {};
  if ('max-memory' in options) {
    const bytes = parseBytes(options['max-memory']);
    if (bytes === null) problems.push(`data-max-memory="${options['max-memory']}": expected a size such as 16MB or 65536`);
    else limits.max_memory = bytes;
  }
  for (const [name, field] of [
    ['timeout-ms', 'timeout_ms'],
    ['max-instructions', 'max_instructions'],
  ]) {
    if (!(name in options)) continue;
    const count = parseCount(options[name]);
    if (count === undefined) problems.push(`data-${name}="${options[name]}": expected a whole number or "none"`);
    else limits[field] = count;
  }
  if (Object.keys(limits).length) policy.limits = limits;
  if ('allow' in options) {
    policy.allowed_modules = options.allow.split(/[\s,]+/).filter(Boolean);
  }
  return { policy, problems };
}
