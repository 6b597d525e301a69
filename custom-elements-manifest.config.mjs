// custom-elements.json: the public interface of every widget, read from the classes' JSDoc.
export default {
  globs: ['src/**/*.component.ts', 'src/internal/ally-element.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
};
