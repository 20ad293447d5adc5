// `npm run manifest` writes custom-elements.json, the public API of the elements (attributes, properties,
// methods, events, parts, custom properties, custom states), from their JSDoc and TypeScript.
// tests/build/custom-elements.test.ts fails when the committed file is not what this makes.
export default {
  globs: ['elements/*/*.ts', 'elements/embed.ts', 'elements/dashboard.ts'],
  exclude: ['elements/**/*.styles.ts', 'elements/controllers/**', 'elements/i18n/**', 'elements/internal/**', 'elements/loader/**'],
  outdir: '.',
  litelement: true,
  // package.json names the file itself (customElements); the analyzer would rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};

/**
 * Keeps what a page can use: private members are not API, and the analyzer's guesses at event names from
 * `dispatchEvent(new SomeEvent(variable))` (the documented `@event` tags name them) are dropped. Modules
 * come in path order.
 */
function publicApiOnly() {
  return {
    name: 'cs-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // In path order, whatever order the file system lists them in: the same file on every machine.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected');
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('cs-'));
        }
      }
    },
  };
}
