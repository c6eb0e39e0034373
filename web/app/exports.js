// What the app hands back as a file, carried out in the browser: downloaded, copied to the
// clipboard, printed (#print-area), or opened (a mailto: link); and choosing a case file to
// carry on from (#case-file-input).
import { showNotice } from "./notices.js";
import { announce } from "./announcer.js";

const printArea = document.getElementById("print-area");
const fileInput = document.getElementById("case-file-input");

// `file` is {filename, mime, content} as the app's dispatch returns it; `intent` is the button's.
export function deliver(file, intent) {
  if (intent === "copy") {
    const done = () => announce("Copied. You can paste it into an email or a web form.");
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(file.content).then(done, () => copyFallback(file.content, done));
    else copyFallback(file.content, done);
    return;
  }
  if (intent === "print") {
    printArea.textContent = file.content;
    window.print();
    return;
  }
  if (intent === "open") { window.location.href = file.content; return; }
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
  announce("Downloaded " + file.filename + ".");
}

// Without the asynchronous clipboard (an insecure origin, an older browser).
function copyFallback(text, done) {
  const area = document.createElement("textarea");
  area.value = text;
  area.className = "visually-hidden";
  document.body.appendChild(area);
  area.select();
  try { document.execCommand("copy"); done(); } catch (e) { announce("Copying did not work. Select the text and copy it."); }
  area.remove();
}

// Opens the browser's file chooser; `open(text)` gets the chosen file's text.
export function chooseCaseFile(open) {
  fileInput.onchange = async () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = "";
    if (!file) return;
    // Shown as well as read out (it was only announced): a notice, as every other failure.
    if (file.size > 8 * 1024 * 1024) {
      showNotice("import-notice", "That file is too big to be a Redress case file. Choose the file Redress saved for you.", "alert", []);
      return;
    }
    open(await file.text());
  };
  fileInput.click();
}
