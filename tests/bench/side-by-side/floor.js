// The floor page's handlers: each one changes one text node and nothing else.
let k = 0;
const line = document.querySelector('.counts-line').firstChild;
const cell = document.querySelector('tbody td').firstChild;
const bump = () => (line.data = String(++k));
document.getElementById('from').addEventListener('change', bump);
document.getElementById('text').addEventListener('keydown', (e) => e.key === 'Enter' && bump());
document.getElementById('evidence').addEventListener('change', bump);
document.getElementById('step').addEventListener('click', bump);
document.querySelector('.flights-table__sort').addEventListener('click', () => (cell.data = String(++k)));

// A brush drag step is one pointermove while the pointer is down, as on the other two pages.
const brush = document.getElementById('brush');
let pressed = false;
brush.addEventListener('pointerdown', () => (pressed = true));
brush.addEventListener('pointerup', () => (pressed = false));
brush.addEventListener('pointermove', () => pressed && bump());
const at = (type, x) =>
  brush.dispatchEvent(
    new PointerEvent(type, { pointerId: 1, button: 0, clientX: x, clientY: 30, bubbles: true }),
  );
window.__bench = {
  brushBegin: () => at('pointerdown', 100),
  brushStep: (k) => at('pointermove', 100 + 6 * k),
  brushEnd: () => at('pointerup', 100),
};
