/**
 * Quick exit: the link (and Escape pressed twice) REPLACES this page with the
 * neutral site, so Back does not lead here. Leaving is the point: this is a
 * navigation away, not a request the page makes. Without this script the link
 * still works as a plain link.
 */
import { escapeCounter } from "../lib/quick-exit.ts";

const link = document.querySelector<HTMLAnchorElement>("[data-quick-exit]");
if (link) {
  const leave = () => window.location.replace(link.href);
  link.addEventListener("click", (event) => {
    event.preventDefault();
    leave();
  });
  const isSecondPress = escapeCounter();
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !event.repeat && isSecondPress(event.timeStamp)) leave();
  });
}
