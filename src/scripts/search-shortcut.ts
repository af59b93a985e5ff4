/**
 * "/" jumps to the search box, as on many sites. Only pages that already ship a script import
 * this (guide pages ship none); elsewhere the header box is one Tab after the skip link.
 * The box marked `data-search-shortcut` wins over the header's, so the search page focuses its own.
 */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function bindSearchShortcut(doc: Document = document): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isEditable(event.target)) return;
    const box = doc.querySelector<HTMLInputElement>('[data-search-shortcut]') ?? doc.querySelector<HTMLInputElement>('#header-search-q');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
