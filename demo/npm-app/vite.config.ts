import { defineConfig } from 'vite';

// The app's own build, as a developer's project has one: it bundles cs-widget (the element and its locale
// chunks) and the parts of cs-widget/core it uses. Relative asset URLs, so dist/ can be served from any path.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
