/**
 * Copies `text` with the async Clipboard API. Where the page does not allow it
 * (an http: page, a refused permission), it selects `fallback` — the number as
 * shown — so the visitor can copy it by hand, and resolves `false`.
 * (`document.execCommand('copy')` is deprecated, so it is not used.)
 */
export async function copyText(text: string, fallback?: Element | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback) getSelection()?.selectAllChildren(fallback);
    return false;
  }
}
