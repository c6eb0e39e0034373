// Touches on the canvas are kept from Emscripten 3.1.6's GLFW, which takes a touch for a mouse
// press at the last mouse position (it reads only SDL's touch data): a tap pressed whatever had
// been tapped before it, so tapping one setting after another undid the first. A tap reaches the
// app as the mouse events the browser makes from it, where the finger was; a one-finger drag
// scrolls the page; two fingers are the browser's pinch zoom (touch-action: pinch-zoom).
import { scrollBy } from "./scrolling.js";

export function handleTouches(canvas) {
  let touchY = null;
  const onTouch = (event) => {
    if (event.target !== canvas) return;
    event.stopPropagation();
    const one = event.touches.length === 1 ? event.touches[0].clientY : null;
    if (event.type === "touchmove" && touchY !== null && one !== null) scrollBy(touchY - one);
    touchY = event.type === "touchend" || event.type === "touchcancel" ? null : one;
  };
  for (const type of ["touchstart", "touchmove", "touchend", "touchcancel"])
    window.addEventListener(type, onTouch, { capture: true, passive: true });
}
