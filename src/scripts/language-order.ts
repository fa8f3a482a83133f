/**
 * Moves the language buttons the browser prefers to the top, in preference order.
 * Only reorders: every language stays on the page.
 */
export function orderByPreference(list: HTMLElement, preferred: readonly string[]): void {
  const items = [...list.querySelectorAll<HTMLElement>("li[data-locale]")];
  const rank = (code: string) => {
    const index = preferred.findIndex(
      (tag) => tag.toLowerCase() === code || tag.toLowerCase().startsWith(`${code}-`),
    );
    return index === -1 ? preferred.length + items.length : index;
  };
  const ordered = items
    .map((item, position) => ({ item, position, rank: rank(item.dataset.locale ?? "") }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position);
  for (const { item } of ordered) list.append(item);
}
