import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

/**
 * `desc` in `msg()` options is for translators (lit-localize extracts it from the source); the runtime
 * never reads it, and the descriptions are over a kilobyte of the widget's budget. Every one is a single
 * string literal (which the build checks: one it cannot strip stops it).
 */
function stripMessageDescriptions(): Plugin {
  const DESC = /\bdesc:\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)\s*,?/g;
  // Options that are only a desc go entirely: `msg('Send', { desc: '…' })` becomes `msg('Send')`.
  const ONLY_DESC = /,\s*\{\s*desc:\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)\s*,?\s*\}/g;
  return {
    name: 'strip-message-descriptions',
    transform(code, id) {
      if (!/\/elements\/.*\.ts$/.test(id) || !code.includes('desc:')) return null;
      const stripped = code.replace(ONLY_DESC, '').replace(DESC, '');
      if (/\bdesc:/.test(stripped)) this.error(`${id}: a msg() desc that is not one string literal`);
      return { code: stripped, map: null };
    },
  };
}

/**
 * Lit's `css` templates keep the source's indentation and comments, a kilobyte of the widget's budget.
 * This drops comments and the whitespace CSS does not need (none inside strings or between selectors'
 * compound parts is touched: only around `{ } ; ,` and after a property's colon).
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/\/elements\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (_, text: string) => {
        const css = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/([\w-]):\s/g, '$1:')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/**
 * Lit's `html` and `svg` templates keep the source's line breaks and indentation, about 200 bytes of the
 * widget's budget. In their literal text (found with TypeScript's parser, so expressions, nested templates
 * and other template literals are left alone) each run of whitespace with a line break becomes one space,
 * which HTML renders the same way.
 */
function minifyHtmlTemplates(): Plugin {
  return {
    name: 'minify-html-templates',
    transform(code, id) {
      if (!/\/elements\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest);
      const literals: ts.Node[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg'].includes(node.tag.text)) {
          const { template } = node;
          if (ts.isNoSubstitutionTemplateLiteral(template)) literals.push(template);
          else literals.push(template.head, ...template.templateSpans.map((span) => span.literal));
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let minified = '';
      let at = 0;
      for (const literal of literals.sort((a, b) => a.getStart(source) - b.getStart(source))) {
        const start = literal.getStart(source);
        minified += code.slice(at, start) + code.slice(start, literal.getEnd()).replace(/\s*\n\s*/g, ' ');
        at = literal.getEnd();
      }
      return { code: minified + code.slice(at), map: null };
    },
  };
}

/** What each build makes: one ES module per audience, plus one chunk per locale it loads when spoken. */
const ENTRIES = {
  /** The widget: what a merchant's `<script type="module">` loads (size budget in DESIGN.md section 9). */
  widget: { entry: 'elements/embed.ts', file: 'cs-widget.js', locales: 'locales/widget' },
  /** The agent dashboard (`vite build --mode dashboard`): never loaded by storefronts. */
  dashboard: { entry: 'elements/dashboard.ts', file: 'cs-agent-console.js', locales: 'locales/console' },
} as const;

/**
 * The script tag (`vite build --mode loader`): one classic script, no imports, so it runs the same
 * whether the page includes it async, deferred, plainly or as a module (budget: 2 KB brotli).
 */
const LOADER = { entry: 'elements/loader/loader.ts', file: 'loader.js' } as const;

export default defineConfig(({ mode }) => {
  const shared = {
    // nanostores reads process.env.NODE_ENV; library mode does not replace it, and a storefront has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [stripMessageDescriptions(), minifyCssTemplates(), minifyHtmlTemplates()],
  };
  if (mode === 'loader') {
    return {
      ...shared,
      build: {
        // `name` is required by Vite for iife; the loader exports nothing, so no global is made.
        lib: { entry: LOADER.entry, formats: ['iife'], name: 'csWidgetLoader', fileName: () => LOADER.file },
        target: 'es2022',
        minify: true,
        // Written, but not named in the file: its comment would be over 1% of the budget.
        sourcemap: 'hidden',
        emptyOutDir: false,
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  const { entry, file, locales } = mode === 'dashboard' ? ENTRIES.dashboard : ENTRIES.widget;
  return {
    ...shared,
    build: {
      lib: { entry, formats: ['es'], fileName: () => file },
      target: 'es2022',
      minify: true,
      sourcemap: true,
      // The builds share dist/: none may wipe another's files.
      emptyOutDir: false,
      rolldownOptions: {
        // Whitespace-minified too: Vite keeps ES library output readable by default. The only dynamic
        // imports are the locales (elements/embed.ts, elements/dashboard.ts), named by their code.
        output: { minify: true, chunkFileNames: `${locales}/[name].js` },
        // Lets the entry export what the locale chunks import from it (lit's `html`, localize's `str`),
        // instead of splitting those into a third chunk every page would load.
        preserveEntrySignatures: 'allow-extension',
      },
    },
  };
});
