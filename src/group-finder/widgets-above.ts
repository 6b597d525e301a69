import { MESSAGE_GROUP_OF } from '../generated/message-group-of.js';

/** Every widget's tag (the registry's), as one selector. */
const WIDGETS = Object.keys(MESSAGE_GROUP_OF).join(',');

/** At most this long: a widget above whose code never arrives must not keep the finder from deciding. */
const AT_MOST_MS = 3000;

/**
 * Resolves once every widget before `element` in its page (or shadow root) has
 * been defined and has rendered, or after 3 s, whichever comes first. Until
 * then the widgets above take little or no room, so `element` looks nearer
 * the top of the page than it will be.
 */
export function widgetsAboveRendered(element: Element): Promise<void> {
  const root = element.getRootNode() as Document | ShadowRoot;
  const above = [...root.querySelectorAll(WIDGETS)].filter(
    (other) => other !== element && other.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  if (!above.length) return Promise.resolve();
  const rendered = Promise.all(
    above.map(async (other) => {
      await customElements.whenDefined(other.localName);
      await (other as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    }),
  );
  return Promise.race([rendered.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, AT_MOST_MS))]);
}
