// Loaded by test pages that check what reaches the console: every console line
// is kept in window.__console (and still printed).
window.__console = [];
for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__console.push(`${level}: ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' ')}`);
    return original.apply(console, args);
  };
}
