/**
 * Gives the main thread back: resolves in a new task, after whatever input
 * (a tap, a key) and rendering the browser has waiting. A MessageChannel
 * message, not setTimeout, which browsers delay to 4 ms after a few in a row.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Milliseconds of work between two yields: far under the 50 ms that makes a "long task". */
export const SLICE_MS = 8;
