// The limits panel: one slider (log scale where the range is wide) and one number input
// per limit, kept in step with each other and with the policy.

const MB = 1024 * 1024;

/** Each limit: its policy field, label, unit, scale and range (in display units). */
export const LIMITS = [
  { key: 'max_memory', label: 'Memory', unit: 'MB', scale: MB, min: 1, max: 512, log: true },
  { key: 'max_stack_depth', label: 'Stack depth', unit: 'frames', scale: 1, min: 10, max: 1000, log: true },
  { key: 'max_instructions', label: 'Instruction budget', unit: 'instr.', scale: 1, min: 1e4, max: 1e10, log: true, optional: true },
  { key: 'timeout_ms', label: 'Timeout', unit: 'ms', scale: 1, min: 10, max: 60000, log: true, optional: true },
  { key: 'max_output_bytes', label: 'Output cap', unit: 'KB', scale: 1024, min: 1, max: 16384, log: true },
];

const STEPS = 1000;

function toSlider(spec, value) {
  const v = Math.min(Math.max(value, spec.min), spec.max);
  const t = spec.log ? Math.log(v / spec.min) / Math.log(spec.max / spec.min) : (v - spec.min) / (spec.max - spec.min);
  return Math.round(t * STEPS);
}

// Rounds to two significant digits so slider values read as round numbers.
function roundNice(v) {
  if (v < 10) return Math.round(v);
  const p = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Math.round(v / p) * p;
}

function fromSlider(spec, position) {
  const t = position / STEPS;
  const v = spec.log ? spec.min * (spec.max / spec.min) ** t : spec.min + t * (spec.max - spec.min);
  return roundNice(v);
}

/**
 * Builds the panel into `container`. `onChange(key, value)` gets policy values (bytes,
 * frames, instructions, ms; null for "no limit" on optional limits).
 */
export function buildLimits(container, onChange) {
  const rows = new Map();
  for (const spec of LIMITS) {
    const row = document.createElement('div');
    row.className = 'limit';
    const id = `limit-${spec.key}`;
    row.innerHTML = `
      <label for="${id}">${spec.label}</label>
      <input type="range" id="${id}-range" min="0" max="${STEPS}" aria-label="${spec.label} slider">
      <span class="limit-value">
        <input type="number" id="${id}" min="${spec.min}" max="${spec.max}" step="any" aria-describedby="${id}-unit">
        <span id="${id}-unit" class="unit">${spec.unit}</span>
      </span>`;
    const range = row.querySelector('input[type=range]');
    const number = row.querySelector('input[type=number]');
    if (spec.optional) number.placeholder = 'none';
    const emit = (display) => onChange(spec.key, display === null ? null : Math.round(display * spec.scale));
    range.addEventListener('input', () => {
      const display = fromSlider(spec, Number(range.value));
      number.value = display;
      emit(display);
    });
    number.addEventListener('change', () => {
      if (number.value === '' && spec.optional) {
        emit(null);
        return;
      }
      const display = Math.max(Number(number.value) || spec.min, Number.MIN_VALUE);
      range.value = toSlider(spec, display);
      emit(display);
    });
    container.append(row);
    rows.set(spec.key, { spec, range, number });
  }
  return {
    /** Shows the limits of `policy`. */
    show(limits) {
      for (const { spec, range, number } of rows.values()) {
        const value = limits[spec.key];
        if (value === null || value === undefined) {
          number.value = '';
          range.value = STEPS;
        } else {
          const display = value / spec.scale;
          number.value = Number.isInteger(display) ? display : Number(display.toFixed(2));
          range.value = toSlider(spec, display);
        }
      }
    },
  };
}
