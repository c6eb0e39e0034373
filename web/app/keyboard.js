// The keyboard belongs to the HTML layer. Emscripten's GLFW listens on window and calls
// preventDefault on Tab and Backspace, which would break Tab navigation and deleting text in the
// real inputs. captureKeys() must run before the app starts (main.js): its capturing listener then
// runs first and keeps key events from GLFW. Default actions (moving focus, typing) are untouched.

// Escape stops editing: the text box being typed in gives up focus.
function stopEditing() {
  const active = document.activeElement;
  if (active && (active.tagName === "INPUT" || active.tagName === "TEXTAREA") && active.closest("#main")) active.blur();
}

export function captureKeys() {
  for (const type of ["keydown", "keypress", "keyup"]) {
    window.addEventListener(type, (event) => {
      event.stopImmediatePropagation();
      if (type === "keydown" && event.key === "Escape") stopEditing();
    }, true);
  }
}
