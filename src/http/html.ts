/** Server-rendered pages: every interpolated value goes through escapeHtml; no inline script. */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** A complete page with the shared minimal style (inline style is allowed by the page's CSP). */
export function page(title: string, body: string, lang = 'en'): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem} code{background:#f2f2f2;padding:0 .2em;word-break:break-all}
.verdict{padding:.8rem 1rem;border-radius:.4rem;margin:1rem 0;border:2px solid}
.official{border-color:#2e7d32;background:#e8f5e9}.unknown{border-color:#8d6e00;background:#fff8e1}
.danger{border-color:#b71c1c;background:#ffebee}
a.button{display:inline-block;padding:.5rem 1rem;border:1px solid #555;border-radius:.3rem;margin-right:.5rem}
table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
</style></head><body>${body}</body></html>`;
}
