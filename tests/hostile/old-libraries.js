// What old libraries still running on many shops do to the built-ins: enumerable additions to
// Object.prototype and Array.prototype (Prototype 1.4's Object.prototype.extend, MooTools-style array
// helpers), assigned plainly, so every for...in loop sees them; and Prototype 1.6's Array.prototype.toJSON,
// which makes JSON.stringify write arrays as strings.
Object.prototype.extend = function (source) {
  for (const key in source) this[key] = source[key];
  return this;
};
Array.prototype.remove = function (item) {
  const index = this.indexOf(item);
  if (index !== -1) this.splice(index, 1);
  return this;
};
Array.prototype.each = function (callback) {
  for (let i = 0; i < this.length; i++) callback(this[i], i);
};
Array.prototype.include = function (item) {
  if (this.indexOf(item) === -1) this.push(item);
  return this;
};
Array.prototype.last = function () {
  return this[this.length - 1];
};
Array.prototype.toJSON = function () {
  return `[${this.map((item) => JSON.stringify(item)).join(', ')}]`;
};
String.prototype.capitalize = function () {
  return this.charAt(0).toUpperCase() + this.slice(1);
};
// The page uses them, as such a shop would.
document.querySelector('#basket').textContent = `${['filter', 'grinder', 'kettle'].last().capitalize()} in your basket`;
