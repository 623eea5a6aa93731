// html-validate: the recommended and document presets, with each exception explained.
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Headings of the published documents are numbered ("1. Introduction"), so their ids start with a
    // digit ("1-introduction-and-background"): valid HTML5 and the natural fragment to cite.
    'valid-id': ['error', { relaxed: true }],
    // Stylesheets and scripts are served from the site's own origin; SRI guards third-party files.
    'require-sri': 'off',
    // Astro's output style (minified, `<link ... />`) is not a validity question.
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    // Decision titles are long by nature; the page title repeats them for search results and tabs.
    'long-title': 'off',
    // Tables whose rows stack on a phone show their cells as blocks, and some browsers (Safari) then
    // stop exposing them as cells; the explicit roles keep the table's semantics (global.css, "Stacked tables").
    'no-redundant-role': ['error', { exclude: ['cell', 'rowheader'] }],
  },
};
