/**
 * Page weight budgets, in gzip bytes. Bytes are stable across machines, unlike
 * seconds, so the build tests enforce these and never time anything.
 *
 * Why these numbers: many residents use old phones on small prepaid data plans and
 * slow connections. 20 KB is what a 2G/3G connection loads in about a second and
 * keeps a page that is read daily under a megabyte a month. Scripts only add (open
 * now, read aloud), so 4 KB of script before interaction is plenty; anything heavier
 * (search) must load on demand.
 */
export const budgets = {
  /** First load of the home, an initiative and a place page: HTML + CSS + JS + inline SVG. */
  keyPageFirstLoad: 20 * 1024,
  /** JavaScript that runs before any interaction, per page (inline and external, with static imports). */
  scriptBeforeInteraction: 4 * 1024,
  /** Any page's first load. */
  anyPageFirstLoad: 60 * 1024,
  /**
   * The providers' overview at 1,000 entries. It is the one page that lists every
   * entry (a table to sort, filter and print for a GP, a social worker or a peer
   * worker, read at a desk, not on a prepaid phone), so it grows with the guide:
   * about 150 bytes gzip per entry on top of the frame. Residents' pages stay within
   * `keyPageFirstLoad` at any size.
   */
  providersAt1000FirstLoad: 200 * 1024,
} as const;

/** File extensions of web fonts, which the site must never ship (system fonts only). */
export const webFontExtensions = [".woff", ".woff2", ".ttf", ".otf", ".eot"] as const;
