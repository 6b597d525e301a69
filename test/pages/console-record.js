// Loaded first by a test page: records console warnings and errors, and uncaught
// errors, in window.__console for the test to read back.
window.__console = [];
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.__console.push(`${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}
window.addEventListener('error', (e) => window.__console.push(`uncaught: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__console.push(`unhandled rejection: ${e.reason}`));
