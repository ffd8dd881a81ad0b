/* The language and direction of what is typed in the admin's editors (see
 * translations/localize/content_direction.py). No dependencies; runs where Wagtail outputs
 * the `insert_editor_js` hook: the page and snippet editors and wagtail-localize's editor. */
(() => {
  const script = document.currentScript;
  const rtl = new Set((script.dataset.rtlLanguages || "").split(" ").filter(Boolean));
  const direction = (code) => (rtl.has(code) || rtl.has(code.split("-")[0]) ? "rtl" : "ltr");

  function mark(elements, code) {
    for (const element of elements) {
      if (element.getAttribute("lang") !== code) {
        element.setAttribute("lang", code);
        element.setAttribute("dir", direction(code));
      }
    }
  }

  // React and Wagtail's blocks draw fields after load: mark them as they appear.
  function watch(root, apply) {
    apply();
    new MutationObserver(apply).observe(root, { childList: true, subtree: true });
  }

  // wagtail-localize's editor: its props name both languages. Each text is a list item:
  // a label (h4, for some), the source (p), then the translation shown or typed (div).
  function translationEditor(editor) {
    const props = JSON.parse(editor.dataset.props);
    const source = props.sourceLocale.code;
    const target = props.locale.code;
    watch(editor, () => {
      mark(editor.querySelectorAll("li > p"), source);
      mark(editor.querySelectorAll("li > p + div, textarea"), target);
    });
  }

  // Wagtail's page and snippet editors: the server gives the form's text fields the page's
  // language (hub/forms.py); the fields drawn by script take the same.
  function contentForm(form) {
    const marked = form.querySelector("input[lang][dir], textarea[lang][dir]");
    if (!marked) return;
    const code = marked.getAttribute("lang");
    // A StreamField's blocks are inside its field (".w-field--block_field"); rich text is
    // edited in a contenteditable element.
    const stream = ".w-field--block_field";
    const drawn = `${stream} textarea, ${stream} input[type="text"], [contenteditable="true"]`;
    watch(form, () => mark(form.querySelectorAll(drawn), code));
  }

  function start() {
    const editor = document.querySelector(".js-translation-editor[data-props]");
    if (editor) {
      translationEditor(editor);
      return;
    }
    const form = document.querySelector("form[data-edit-form]");
    if (form) contentForm(form);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
