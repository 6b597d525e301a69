// First, before anything imports Lit: explains a refused Trusted Types policy in the console.
import './trusted-types-notice.js';
import { VERSION } from './version.js';
import { useMessages } from './localization.js';
import { MESSAGE_GROUP_OF } from '../generated/message-group-of.js';

type VersionedConstructor = CustomElementConstructor & { allyVersion?: string };

/**
 * Registers `tag` once, and asks for its translated strings (its message group
 * is named in the widget registry). When the page already shows another
 * language, the tag is defined once those strings have arrived, so the widget
 * never flashes English (its no-JavaScript fallback shows meanwhile).
 *
 * A page that loads the script twice (two URLs, or two versions) never
 * throws: the same version is skipped silently, another version is skipped
 * with a warning, and the first registration stays.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const group = MESSAGE_GROUP_OF[tag];
  const strings = group ? useMessages(group) : undefined;
  if (strings) void strings.then(() => define(tag, ctor));
  else define(tag, ctor);
}

function define(tag: string, ctor: CustomElementConstructor): void {
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
