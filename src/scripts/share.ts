/**
 * The share button: the Web Share API (the phone's own share sheet) when the
 * browser has it, else copy the link to the clipboard, else show the link in a
 * field to copy by hand. The page's address is shared without its #fragment.
 */

/** The URL to share: this page, without a fragment. */
export function shareUrl(href: string): string {
  const url = new URL(href);
  url.hash = "";
  return url.href;
}

async function share(button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  const url = shareUrl(window.location.href);
  const title = button.dataset.shareTitle ?? document.title;
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ title, url });
      return;
    } catch (error) {
      // The person closed the share sheet: nothing to do.
      if (error instanceof DOMException && error.name === "AbortError") return;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = button.dataset.shareCopied ?? "";
  } catch {
    const field = document.createElement("input");
    field.type = "text";
    field.readOnly = true;
    field.value = url;
    field.setAttribute("aria-label", button.dataset.shareCopyThis ?? "");
    field.className = "mt-1 block min-h-11 w-full rounded-lg border-2 border-line px-2";
    status.replaceChildren(document.createTextNode(button.dataset.shareCopyThis ?? ""), field);
    field.select();
  }
}

for (const box of document.querySelectorAll<HTMLElement>("[data-share]")) {
  const button = box.querySelector<HTMLButtonElement>("button");
  const status = box.querySelector<HTMLElement>("[data-share-status]");
  if (!button || !status) continue;
  button.addEventListener("click", () => void share(button, status));
  box.hidden = false;
}
