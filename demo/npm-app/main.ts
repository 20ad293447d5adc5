// A developer's app: cs-widget and cs-widget/core imported by package name, resolved through the package's
// exports map. The element is the SDK: the app listens to its events and calls its methods.
import 'cs-widget';
import { formatTime } from 'cs-widget/core';

const widget = document.querySelector('cs-widget')!;
const log = document.querySelector('#event-log')!;
const params = new URLSearchParams(location.search);
const title = document.title;

// Every public event, as the app receives it (times in the page's language, with the core's formatter).
for (const name of ['cs-ready', 'cs-open', 'cs-close', 'cs-message', 'cs-unread-change', 'cs-error'] as const) {
  widget.addEventListener(name, (event) => {
    const entry = document.createElement('li');
    entry.dataset.event = name;
    entry.dataset.detail = JSON.stringify(event.detail);
    entry.textContent = `${name} ${entry.dataset.detail}`;
    if (event.type === 'cs-message') entry.textContent += ` at ${formatTime(event.detail.time, document.documentElement.lang)}`;
    log.append(entry);
  });
}

// Unread messages in the tab's title, where a shopper who switched tabs sees them.
widget.addEventListener('cs-unread-change', (event) => {
  document.title = event.detail.count > 0 ? `(${event.detail.count}) ${title}` : title;
});

document.querySelector('#help')!.addEventListener('click', () => widget.open());

// Signing in: the app's backend mints a short-lived identity token for the signed-in shopper
// (docs/identity.md; here the demo merchant backend, `?merchant=<origin>`), and the widget ties the
// conversation to them.
document.querySelector('#sign-in')!.addEventListener('click', async () => {
  const merchant = params.get('merchant') ?? 'http://127.0.0.1:8787';
  const response = await fetch(`${merchant}/identity-token?customer=alice`);
  if (response.ok) widget.identify(((await response.json()) as { token: string }).token);
});
