import { defineConfig } from 'vite';

/** What each build makes: one self-contained ES module per audience. */
const ENTRIES = {
  /** The widget: what a merchant's `<script type="module">` loads (size budget in DESIGN.md section 9). */
  widget: { entry: 'elements/embed.ts', file: 'cs-widget.js' },
  /** The agent dashboard (`vite build --mode dashboard`): never loaded by storefronts. */
  dashboard: { entry: 'elements/dashboard.ts', file: 'cs-agent-console.js' },
} as const;

export default defineConfig(({ mode }) => {
  const { entry, file } = mode === 'dashboard' ? ENTRIES.dashboard : ENTRIES.widget;
  return {
    // nanostores reads process.env.NODE_ENV; library mode does not replace it, and a storefront has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      lib: { entry, formats: ['es'], fileName: () => file },
      target: 'es2022',
      minify: true,
      sourcemap: true,
      // The two builds share dist/: neither may wipe the other's file.
      emptyOutDir: false,
      rolldownOptions: {
        // One file (no chunks), and whitespace-minified too: Vite keeps ES library output readable by default.
        output: { codeSplitting: false, minify: true },
      },
    },
  };
});
