// Notices: "A new version is ready", "could not load", the graphics that stopped, storage that
// keeps nothing. They stack in one area at the bottom of the window that takes its own space:
// its height is --notices on <html>, by which the canvas is shorter and the HTML view's page and
// scroll padding longer (style.css), so a notice never covers the control that has focus. The
// area is empty, and no Tab stop, until a notice is shown; every notice can be closed. Closing
// one that has focus gives focus back to where it was before the notice took it, else <main>.
import { announce } from "./announcer.js";

const root = document.documentElement;
let area = null;

function noticeArea() {
  if (!area) {
    area = document.createElement("div");
    area.className = "notices";
    // Early in the page's order (after the skip link), so the keyboard reaches a notice at once.
    const skip = document.querySelector(".skip-link");
    document.body.insertBefore(area, skip ? skip.nextSibling : document.body.firstChild);
    new ResizeObserver(() => root.style.setProperty("--notices", area.offsetHeight + "px")).observe(area);
  }
  return area;
}

// Shows (or replaces) the notice `id`: `text`, read out at once when `role` is "alert" (else
// politely), and buttons [[id, text, onClick]], the first the primary one; "Close" comes last
// (`close`: [id, text] for another). Returns the notice.
export function showNotice(id, text, role, buttons, close) {
  let box = document.getElementById(id);
  const returnTo = box ? box.returnTo : document.activeElement;
  if (box) box.remove();
  box = document.createElement("div");
  box.className = "notice";
  box.id = id;
  box.returnTo = returnTo;
  const message = document.createElement("p");
  if (role === "alert") message.setAttribute("role", "alert");
  else announce(text);  // (a status region inserted with its text is not read by every screen reader)
  message.textContent = text;
  const actions = document.createElement("div");
  buttons.concat([[...(close || [id + "-close", "Close"]), () => closeNotice(id)]]).forEach(([bid, label, onClick], k) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = k || !buttons.length ? "button" : "button button-primary";
    b.id = bid;
    b.textContent = label;
    b.addEventListener("click", onClick);
    actions.append(b);
  });
  box.append(message, actions);
  noticeArea().append(box);
  return box;
}

export function closeNotice(id) {
  const box = document.getElementById(id);
  if (!box) return;
  const hadFocus = box.contains(document.activeElement);
  box.remove();
  if (!hadFocus) return;
  const back = box.returnTo && box.returnTo.isConnected && box.returnTo !== document.body ? box.returnTo : document.getElementById("main");
  back.focus({ preventScroll: true });
  if (root.dataset.view === "html") back.scrollIntoView({ block: "nearest" });
}
