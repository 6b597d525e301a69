// 40 links for test/pages/floating-focus.html (made by script, so the page needs no inline markup repeated 40 times).
const main = document.getElementById('links');
for (let i = 1; i <= 40; i++) {
  const a = document.createElement('a');
  a.href = `#link-${i}`;
  a.textContent = `Page link number ${i}`;
  main.append(a);
}
window.__mounted = Promise.resolve(true);
