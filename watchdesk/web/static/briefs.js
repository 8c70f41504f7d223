// The brief editor's "Insert" buttons put a citation code at the cursor of the body and tick it.
// A file of its own: the desk's Content-Security-Policy allows no inline script.
document.addEventListener("click", (event) => {
  const button = event.target.closest("button.insert-cite");
  if (!button) return;
  const body = document.getElementById("brief-body");
  const code = `[[s:${button.dataset.cite}]]`;
  const at = body.selectionStart ?? body.value.length;
  body.value = body.value.slice(0, at) + code + body.value.slice(body.selectionEnd ?? at);
  body.focus();
  body.selectionStart = body.selectionEnd = at + code.length;
  const box = button.parentElement.querySelector("input[name=cite]");
  if (box) box.checked = true;
});
