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
//   registers it (lib/<folder>/<tag>.js), from the widget registry.
import { WIDGETS } from './src/widgets.mjs';

const shipped = (path) => path?.replace(/^\/?src\//, 'lib/').replace(/\.ts$/, '.js');

function publicInterface() {
  return {
    name: 'ally-public-interface',
    packageLinkPhase({ customElementsManifest: manifest }) {
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
