// The keyboard belongs to the HTML layer. Emscripten's GLFW listens on window and calls
// preventDefault on Tab and Backspace, which would break Tab navigation and deleting text in the
// real inputs. captureKeys() must run before the app starts (main.js): its capturing listener then
// runs first and keeps key events from GLFW. Default actions (moving focus, typing) are untouched,
// and Escape leaves focus where it is; in canvas mode the keys a browser scrolls a page with
// scroll the drawn page (scrolling.js).
import { scrollKey } from "./scrolling.js";

export function captureKeys() {
  for (const type of ["keydown", "keypress", "keyup"]) {
    window.addEventListener(type, (event) => {
      event.stopImmediatePropagation();
      if (type === "keydown") scrollKey(event);
    }, true);
  }
}
