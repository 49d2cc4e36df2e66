// welkom: on a phone the closed search field is invisible, yet Material leaves it in the tab
// order; tabbing into it opened a full-screen search over the page that the next Tab did not
// close. Closed, it is skipped by Tab (tabindex -1); the search button and the "/" key still
// open and focus it. Without JavaScript there is no search field to tab into.
(function () {
  "use strict";
  var toggle = document.getElementById("__search");
  var input = document.querySelector(".md-search__input");
  if (!toggle || !input || !window.matchMedia) return;
  var phone = window.matchMedia("(max-width: 59.984375em)");
  function sync() {
    if (phone.matches && !toggle.checked) input.setAttribute("tabindex", "-1");
    else input.removeAttribute("tabindex");
  }
  toggle.addEventListener("change", sync);
  if (phone.addEventListener) phone.addEventListener("change", sync);
  new MutationObserver(sync).observe(document.body, { attributes: true });
  sync();
})();
