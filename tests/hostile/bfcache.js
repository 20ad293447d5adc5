// What the test reads: how each showing of the page came about (a fresh load, or restored from the cache).
window.pageShows = [];
addEventListener('pageshow', (event) => window.pageShows.push(event.persisted ? 'restored' : 'loaded'));
