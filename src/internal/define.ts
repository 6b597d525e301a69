// First, before anything imports Lit: explains a refused Trusted Types policy in the console.
import './trusted-types-notice.js';
import { VERSION } from './version.js';
import { useMessages } from './localization.js';
import { WIDGETS } from '../widgets.mjs';

type VersionedConstructor = CustomElementConstructor & { allyVersion?: string };

/**
 * Registers `tag` once, and asks for its translated strings. A page that loads the script twice (two URLs, or two
 * versions) never throws: the same version is skipped silently, another
 * version is skipped with a warning, and the first registration stays.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  // The widget's strings: its message group is named in the registry.
  const group = WIDGETS.find((widget) => widget.tag === tag)?.messages;
  if (group) useMessages(group);
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing.allyVersion !== VERSION) {
      console.warn(
        `<${tag}>: version ${existing.allyVersion ?? 'unknown'} is already registered; ` +
          `this copy (${VERSION}) is not used. Load ally-widgets once per page.`,
      );
    }
    return;
  }
  (ctor as VersionedConstructor).allyVersion = VERSION;
  registry.define(tag, ctor);
}
