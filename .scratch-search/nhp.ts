import { parse } from "node-html-parser";
const html = `<html lang="tr"><body><header>x</header><article class="a" data-pagefind-body><p data-pagefind-ignore>Gösterilıyor</p><h1>Kahve sabahı &amp; çay</h1><div><p>Kadın</p></div></article><footer>yı</footer></body></html>`;
const root = parse(html);
const body = root.querySelector("[data-pagefind-body]")!;
console.log(body.range, JSON.stringify(html.slice(body.range[0], body.range[1])));
for (const el of body.querySelectorAll("[data-pagefind-ignore]")) el.remove();
console.log(body.text, "|", body.structuredText);
console.log(root.querySelector("html")?.getAttribute("lang"));
