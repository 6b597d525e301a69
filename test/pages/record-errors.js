// Loaded first by test pages (a classic external script, allowed by the strict
// CSP). Records what the test reads back:
//   __errors      uncaught errors and rejections
//   __violations  securitypolicyviolation events (CSP and Trusted Types)
//   __network     attempts to reach the network that Resource Timing does not list
//                 (sendBeacon, WebSocket, EventSource, RTCPeerConnection)
//   __navigations links the visitor followed (tel:, sms:, mailto:, other origins);
//                 they are recorded and cancelled so the test page stays put
//   __clicks      the innermost element each click landed on (composedPath()[0])
//   __prints      calls to window.print() (the dialog is not opened in tests)
window.__errors = [];
window.__violations = [];
window.__network = [];
window.__navigations = [];
window.__clicks = [];
window.__prints = 0;
window.addEventListener('error', (e) => window.__errors.push(String(e.message || e.error)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
document.addEventListener(
  'securitypolicyviolation',
  (e) => window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample || ''} at ${e.sourceFile}:${e.lineNumber}`),
  true,
);
window.addEventListener(
  'click',
  (e) => {
    const path = e.composedPath();
    window.__clicks.push(path[0]);
    const link = path.find((n) => n instanceof HTMLAnchorElement && n.href);
    if (!link) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || /^(tel|sms|mailto):/.test(url.protocol)) {
      window.__navigations.push(url.href);
      e.preventDefault();
    }
  },
  true,
);
window.print = () => {
  window.__prints++;
};
const spy = (name) => (...args) => {
  window.__network.push(`${name} ${String(args[0])}`);
  throw new Error(`${name} is not allowed in ally-widgets test pages`);
};
if (navigator.sendBeacon) navigator.sendBeacon = (url) => (window.__network.push(`sendBeacon ${url}`), false);
for (const name of ['WebSocket', 'EventSource', 'RTCPeerConnection', 'webkitRTCPeerConnection']) {
  if (name in window) window[name] = spy(name);
}
