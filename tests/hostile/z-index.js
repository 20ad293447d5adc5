// The cookie banner goes away once answered.
document.querySelector('#accept-cookies').addEventListener('click', () => {
  document.querySelector('.cookies').hidden = true;
});
