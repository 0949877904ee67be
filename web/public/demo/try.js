// Adds the widget exactly as the tag a customer pastes would, with the key (and rep) from this page's address.
(() => {
  const params = new URLSearchParams(location.search);
  const key = params.get("key");
  if (!key) {
    document.getElementById("missing").hidden = false;
    return;
  }
  const tag = document.createElement("script");
  tag.src = "/widget.js";
  tag.dataset.key = key;
  const rep = params.get("rep");
  if (rep) tag.dataset.rep = rep;
  tag.defer = true;
  document.body.append(tag);
})();
