/** Registers `tag` once: tag managers load the embed script twice, and a second copy must not throw. */
export function defineElement(tag: `cs-${string}`, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(`[cs-widget] <${tag}> is already defined by another copy of the widget; keeping the first.`);
  }
}
