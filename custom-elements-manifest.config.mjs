// custom-elements.json (`npm run manifest`, part of `npm run build`): the
// public interface of every widget, read from the classes' JSDoc (@attr,
// @event, @slot, @csspart, @cssprop). test/manifest.test.ts checks it against
// the widget registry, the elements themselves and the README's tables.
//
// The plugin below keeps the manifest to what a partner or an app developer
// can use:
// - only public attributes and properties (no internal state, nothing private
//   or protected), only the documented `ally-*` events;
// - the common attributes and event once, on AllyElement; each widget names it
//   as its superclass;
// - paths of the files the npm package ships (lib/…/*.js, not src/…/*.ts);
// - one `custom-element-definition` export per tag, in the module that
//   registers it (lib/<folder>/<tag>.js), from the widget registry;
// - each attribute's type as its `@attr {…}` JSDoc says when that is more
//   precise than the field's TypeScript type: `'button' | 'banner' | 'floating'`
//   rather than `string | undefined`, so editors and dist/builder.html offer
//   the values (the builder shows such an attribute as a menu).
import { WIDGETS } from './src/widgets.mjs';

const shipped = (path) => path?.replace(/^\/?src\//, 'lib/').replace(/\.ts$/, '.js');

/** `{'a'|'b'} name - …`, `{boolean} name`, `{number} name` of an `@attr` JSDoc tag → [name, type text]. */
function jsdocAttributeType(comment) {
  const match = /^\{([^}]+)\}\s+([\w-]+)/.exec(comment ?? '');
  if (!match) return undefined;
  const type = match[1].trim();
  const literals = type.split('|').map((t) => t.trim());
  if (literals.every((t) => /^'[^']*'$/.test(t))) return [match[2], literals.join(' | ')];
  if (type === 'boolean' || type === 'number') return [match[2], type];
  return undefined;
}

function publicInterface() {
  /** Class name → attribute name → the type its JSDoc `@attr` gives. */
  const jsdocTypes = new Map();
  return {
    name: 'ally-public-interface',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const types = new Map();
      for (const doc of node.jsDoc ?? []) {
        for (const tag of doc.tags ?? []) {
          if (tag.tagName.text !== 'attr') continue;
          const comment = typeof tag.comment === 'string' ? tag.comment : tag.comment?.map((c) => c.text).join('');
          const found = jsdocAttributeType(comment);
          if (found) types.set(found[0], found[1]);
        }
      }
      if (types.size) jsdocTypes.set(node.name.text, types);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const types = jsdocTypes.get(declaration.name);
          for (const attribute of (types && declaration.attributes) || []) {
            const type = types.get(attribute.name);
            if (type) attribute.type = { text: type };
          }
        }
      }
      for (const module of manifest.modules) {
        module.path = shipped(module.path);
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.superclass?.module) declaration.superclass.module = shipped(declaration.superclass.module);
          const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          declaration.members = (declaration.members ?? []).filter((m) => !hidden.has(m.name) && !m.inheritedFrom);
          declaration.attributes = (declaration.attributes ?? []).filter((a) => !hidden.has(a.fieldName) && !a.inheritedFrom);
          declaration.events = (declaration.events ?? []).filter((e) => e.name?.startsWith('ally-') && !e.inheritedFrom);
          for (const key of ['members', 'attributes', 'events']) if (!declaration[key].length) delete declaration[key];
        }
        for (const item of module.exports ?? []) if (item.declaration?.module) item.declaration.module = shipped(item.declaration.module);
      }
      for (const widget of WIDGETS) {
        const component = manifest.modules.find((m) => m.declarations?.some((d) => d.tagName === widget.tag));
        const declaration = component?.declarations.find((d) => d.tagName === widget.tag);
        if (!declaration) throw new Error(`custom-elements.json: no class with @tagname ${widget.tag}`);
        manifest.modules.push({
          kind: 'javascript-module',
          path: `lib/${widget.folder}/${widget.tag}.js`,
          declarations: [],
          exports: [
            { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: component.path } },
            { kind: 'custom-element-definition', name: widget.tag, declaration: { name: declaration.name, module: component.path } },
          ],
        });
      }
    },
  };
}

export default {
  globs: ['src/*/*.component.ts', 'src/internal/ally-element.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicInterface()],
};
