/**
 * Test-only: DOM from fixture markup written in the test itself. (Product code never parses HTML
 * strings; the lint rule bans innerHTML, so tests go through DOMParser instead.)
 */
export function fromHtml(html: string, doc: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const fragment = doc.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) fragment.append(doc.importNode(node, true));
  return fragment;
}
