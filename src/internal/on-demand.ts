/**
 * Loads a part of a widget the first time it is needed (the QR code, the print
 * layout, the group finder's data layer …), the one way every widget does it:
 * - one request however many elements or clicks ask: the first promise is shared;
 * - a failed fetch (a dropped connection) is forgotten, so the next use tries again;
 * - a failure logs one clear console error naming the widget and the part,
 *   and resolves to `undefined`, so the caller just carries on without it.
 *
 *   const loadQr = onDemand('ally-hotline', 'the QR code', () => import('./qr-code.js'));
 *   const qr = await loadQr(); // the module, or undefined
 *
 * Keep the `import('./…')` literal inside the arrow function: bundlers split
 * the part into its own file from it, loaded relative to the widget's module.
 */
export function onDemand<T>(tag: string, part: string, load: () => Promise<T>): () => Promise<T | undefined> {
  let pending: Promise<T | undefined> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      console.error(`<${tag}>: could not load ${part}; it is tried again the next time it is needed.`, error);
      return undefined;
    }));
}
