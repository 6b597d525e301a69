/** The library version, used by the define guard to tell two copies apart. Kept equal to package.json by test/package.test.ts. */
export const VERSION = '0.1.0';
