/**
 * Plain Markdown (`.md`) is what the web editor writes, and an editor account is not trusted
 * to put code into a page. Astro passes raw HTML in Markdown straight into the page, so this
 * step of Astro's Markdown processor (Sätteri), run on `.md` files only, turns what could run
 * into harmless text:
 *
 * - raw HTML (`<script>`, `<img onerror=…>`, `<iframe>`, comments) is shown as the text it is;
 * - a link or image whose address is not http(s), mailto, tel or a path on the site
 *   (`javascript:`, `data:`, `vbscript:`…) keeps its words and loses its address;
 * - an image from another site becomes a link to it, so a page never loads a file from
 *   another origin.
 *
 * `import` lines and `{…}` expressions mean nothing in plain Markdown: Astro shows them as
 * text already (tests/editor-markdown.test.ts builds a page to make sure). MDX files (`.mdx`)
 * are written by trusted authors, compile to code on purpose, and are left alone.
 */

/** The parts of an mdast node this step reads (mdast, as Sätteri hands it to plugins). */
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  title?: string | null;
  identifier?: string;
  children?: MdNode[];
}

/** The parts of Sätteri's visitor context this step uses. */
interface VisitContext {
  replaceNode(node: MdNode, replacement: MdNode | MdNode[]): void;
  removeNode(node: MdNode): void;
}

/** Schemes a link may use; anything else with a scheme is refused. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Whether an address is a safe link: a safe scheme, or no scheme (a path, an anchor, a query). */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces in a scheme ("java\tscript:"): so does this.
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return !scheme || SAFE_SCHEMES.has(scheme[1]!);
}

const isRemote = (url: string) => /^(https?:)?\/\//i.test(url.trim());
const text = (value: string): MdNode => ({ type: 'text', value });

/** The visitors for one `.md` document. */
function untrustedMarkdownVisitors() {
  /** Link definitions by identifier, for `[words][id]` references. */
  const definitions = new Map<string, string>();
  const target = (node: MdNode) => definitions.get(String(node.identifier ?? '').toLowerCase());
  return {
    name: 'bang-vang-untrusted-markdown',
    before(root: MdNode) {
      const collect = (node: MdNode) => {
        if (node.type === 'definition' && node.identifier) definitions.set(node.identifier.toLowerCase(), node.url ?? '');
        node.children?.forEach(collect);
      };
      collect(root);
    },
    html(node: MdNode) {
      return text(node.value ?? '');
    },
    link(node: MdNode, ctx: VisitContext) {
      if (!isSafeUrl(node.url ?? '')) ctx.replaceNode(node, node.children ?? []);
    },
    linkReference(node: MdNode, ctx: VisitContext) {
      const url = target(node);
      if (url !== undefined && !isSafeUrl(url)) ctx.replaceNode(node, node.children ?? []);
    },
    image(node: MdNode, ctx: VisitContext) {
      const url = node.url ?? '';
      if (!isSafeUrl(url)) ctx.replaceNode(node, text(node.alt ?? ''));
      else if (isRemote(url)) ctx.replaceNode(node, { type: 'link', url, title: node.title ?? null, children: [text(node.alt || url)] });
    },
    imageReference(node: MdNode, ctx: VisitContext) {
      const url = target(node);
      if (url !== undefined && (!isSafeUrl(url) || isRemote(url))) ctx.replaceNode(node, text(node.alt ?? ''));
    },
    definition(node: MdNode, ctx: VisitContext) {
      if (!isSafeUrl(node.url ?? '')) ctx.removeNode(node);
    },
  };
}

/**
 * For `satteri({ mdastPlugins: [untrustedMarkdown] })` in astro.config.mjs: a plugin factory
 * that Sätteri calls for each document, which leaves MDX out.
 */
export function untrustedMarkdown(document: { sourceFormat: 'markdown' | 'mdx' }) {
  return document.sourceFormat === 'markdown' ? untrustedMarkdownVisitors() : null;
}
