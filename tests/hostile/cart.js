// The shop's own script on the strict-CSP and Trusted Types pages: an "Add to cart" counter, with no HTML sinks.
let count = 0;
const cart = document.querySelector('#cart-count');
for (const button of document.querySelectorAll('.products button')) {
  button.addEventListener('click', () => {
    count += 1;
    cart.textContent = `Cart (${count})`;
  });
}
