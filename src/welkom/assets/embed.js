// welkom: runs inside the embed page. Tells the page around the iframe how tall the list is,
// so an optional script there (partner.js) can size the frame: no inner scroll bar.
// It sends only a number; any page may read it. Without JavaScript the embed works the same.
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = 0;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ welkom: "hoogte", hoogte: height }, "*");
    }
  }
  window.addEventListener("load", send);
  if ("ResizeObserver" in window) new ResizeObserver(send).observe(document.documentElement);
  else window.addEventListener("resize", send);
})();
