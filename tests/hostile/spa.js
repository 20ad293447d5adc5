// A tiny router: each link renders its route into #app and pushes a URL; Back and Forward render again.
const ROUTES = {
  home: ['Loom', 'Woven in Portugal from recycled cotton.'],
  throws: ['Throws', 'Herringbone, waffle and plain: 130 × 170 cm, €59.'],
  cushions: ['Cushions', 'Covers in six colours, inner cushions sold separately.'],
};

function render(route) {
  const [title, text] = ROUTES[route] ?? ROUTES.home;
  const heading = document.createElement('h1');
  heading.textContent = title;
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.querySelector('#app').replaceChildren(heading, paragraph);
  document.title = `${title} · Loom`;
}

document.querySelector('nav').addEventListener('click', (event) => {
  const link = event.target.closest('a[data-route]');
  if (!link) return;
  event.preventDefault();
  history.pushState({ route: link.dataset.route }, '', link.href);
  render(link.dataset.route);
});
addEventListener('popstate', (event) => render(event.state?.route));
render('home');
