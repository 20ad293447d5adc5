/**
 * Runs in the page (pass it to Playwright's or puppeteer's `evaluate`): the page's own layout, as the box of
 * each of its elements (by tag path, leaving out scripts and our cs-* elements) and the scrolling element's
 * scroll size. The hostile-page tests compare it with and without the widget, in both engines.
 */
export const pageLayout = (): Record<string, string> => {
  const layout: Record<string, string> = {};
  for (const element of document.body.querySelectorAll('*')) {
    if (element.tagName === 'SCRIPT' || element.tagName.startsWith('CS-')) continue;
    let path = '';
    for (let node: Element = element; node !== document.body; node = node.parentElement!) {
      const sameTag = Array.prototype.filter.call(node.parentElement!.children, (sibling: Element) => sibling.tagName === node.tagName);
      path = `/${node.tagName.toLowerCase()}[${sameTag.indexOf(node)}]${path}`;
    }
    const box = element.getBoundingClientRect();
    layout[path] = `${box.x},${box.y} ${box.width}x${box.height}`;
  }
  const scroller = document.scrollingElement!;
  layout['scroll size'] = `${scroller.scrollWidth}x${scroller.scrollHeight}`;
  return layout;
};
