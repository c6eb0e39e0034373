// The live region (#announcer): short messages a screen reader reads out, such as a new page's
// heading, the errors on a page, or that a document was copied or downloaded.

const announcer = document.getElementById("announcer");

export function announce(text) {
  // Emptied first and filled a moment later, so the same message twice is read twice.
  announcer.textContent = "";
  window.setTimeout(() => { announcer.textContent = text; }, 50);
}
