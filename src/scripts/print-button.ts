/**
 * Shows the print buttons (hidden without JS: a button that does nothing would
 * confuse) and makes them open the browser's print dialog.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
