import { defineConfig } from 'vite';

/** The widget as one ES module, everything bundled: what a merchant's `<script type="module">` loads. */
export default defineConfig({
  // nanostores reads process.env.NODE_ENV; library mode does not replace it, and a storefront has no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    lib: {
      entry: 'elements/embed.ts',
      formats: ['es'],
      fileName: () => 'cs-widget.js',
    },
    target: 'es2022',
    minify: true,
    sourcemap: true,
    rolldownOptions: {
      // One file (no chunks), and whitespace-minified too: Vite keeps ES library output readable by default.
      output: { codeSplitting: false, minify: true },
    },
  },
});
