import { defineConfig } from 'vite';

// Four pages: a Spanish page with two widgets, one widget alone, every widget, and an app that
// uses @lit/localize for its own strings beside the widgets.
export default defineConfig({
  build: {
    rollupOptions: {
      input: { index: 'index.html', one: 'one.html', all: 'all.html', localize: 'localize.html' },
    },
  },
});
