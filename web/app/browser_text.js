// Text in scripts the canvas's font lacks (Urdu, Bengali, Hindi, Chinese...), drawn by the
// browser over the canvas: ImGui asks how tall the browser sets a text at a width, keeps that box
// free, and reports the boxes after each frame (src/wasm/browser_text.h); one dir="auto" element
// a box in #browser-text (aria-hidden: the HTML layer already carries the words).

const browserText = document.getElementById("browser-text");
let measurer = null;

function styleBrowserText(node, fontPx, bold, wrap) {
  node.style.fontSize = fontPx + "px";
  node.style.fontWeight = bold ? "700" : "400";
  node.classList.toggle("one-line", !wrap);
}

// The height in CSS px of `text` set at `fontPx` in `width` CSS px.
export function measureText(text, fontPx, bold, width) {
  if (!measurer) {
    measurer = document.createElement("div");
    measurer.className = "browser-text-measure";
    measurer.dir = "auto";
    browserText.appendChild(measurer);
  }
  styleBrowserText(measurer, fontPx, bold, true);
  measurer.style.width = width + "px";
  measurer.textContent = text;
  const height = Math.ceil(measurer.getBoundingClientRect().height);
  measurer.textContent = "";
  return height;
}

// `boxesJson`: [{text, x, y, w, h, font_px, bold, wrap, colour}], the frame's boxes in CSS px.
export function showBrowserText(boxesJson) {
  let boxes;
  try { boxes = JSON.parse(boxesJson); } catch (e) { return; }
  const nodes = Array.from(browserText.querySelectorAll(".browser-text-box"));
  boxes.forEach((b, i) => {
    let node = nodes[i];
    if (!node) {
      node = document.createElement("div");
      node.className = "browser-text-box";
      node.dir = "auto";
      browserText.appendChild(node);
    }
    if (node.textContent !== b.text) node.textContent = b.text;
    styleBrowserText(node, b.font_px, b.bold, b.wrap);
    Object.assign(node.style, { left: b.x + "px", top: b.y + "px", width: b.w + "px", height: b.h + "px", color: b.colour });
  });
  for (const extra of nodes.slice(boxes.length)) extra.remove();
}
