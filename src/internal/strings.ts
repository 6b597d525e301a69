// Where a widget's translated strings come from in the npm package (lib/),
// in tests and in Storybook: one module per language and widget, imported
// with a literal import(), the form every bundler (Vite, Rollup, webpack,
// esbuild) sees and ships with an app, dev servers included. The generated
// src/generated/strings/<group>.ts registers a widget's modules; each widget's
// entry imports it. dist/ uses strings.dist.ts instead (the build swaps it in,
// scripts/rollup-locale-assets.mjs): JSON files fetched beside the script.

/** A widget's strings, one module per language: `{ es: () => import('./es/hotline.js'), … }`. */
export type StringModules = Readonly<Record<string, () => Promise<{ default: object }>>>;

/** Each message group's string modules. */
const stringModules = new Map<string, StringModules>();

/** Registers a widget's strings as modules (called by src/generated/strings/<group>.ts). */
export function registerStrings(group: string, modules: StringModules): void {
  stringModules.set(group, modules);
}

/** A widget's strings in `locale`: its module (none, so English, for a language it has no strings in). */
export async function loadStrings(locale: string, group: string): Promise<object> {
  const load = stringModules.get(group)?.[locale];
  return load ? (await load()).default : {};
}
