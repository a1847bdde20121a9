// Both languages are prerendered into one page (scripts/prerender.mjs), so each copy's ids get a
// language prefix (`ja--field-alt`): every id is unique and every label names its own field
// before the app starts. main.tsx takes the prefix off the copy it keeps, so the ids match
// what React renders.

/** Attributes that hold an id, or a space-separated list of ids. */
const ID_ATTRIBUTES = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-errormessage', 'aria-activedescendant', 'headers', 'list', 'form'];

export const idPrefix = (lang: string) => `${lang}--`;

/** Build time: prefixes every id and id reference in prerendered HTML. */
export function prefixIds(html: string, prefix: string): string {
  const attribute = new RegExp(`(\\s(?:${ID_ATTRIBUTES.join('|')})=")([^"]*)"`, 'g');
  return html
    .replace(attribute, (_, start: string, ids: string) => `${start}${ids.split(/\s+/).filter(Boolean).map((id) => prefix + id).join(' ')}"`)
    .replace(/(\shref="#)([^"]+)"/g, (_, start: string, id: string) => `${start}${prefix}${id}"`);
}

/** In the browser, before hydration: takes the prefix off inside `root`. */
export function unprefixIds(root: Element, prefix: string): void {
  const strip = (value: string) => value.split(/\s+/).map((id) => (id.startsWith(prefix) ? id.slice(prefix.length) : id)).join(' ');
  for (const element of root.querySelectorAll(ID_ATTRIBUTES.map((name) => `[${name}]`).join(','))) {
    for (const name of ID_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, strip(value));
    }
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>(`a[href^="#${prefix}"]`)) {
    link.setAttribute('href', `#${link.getAttribute('href')!.slice(1 + prefix.length)}`);
  }
}
