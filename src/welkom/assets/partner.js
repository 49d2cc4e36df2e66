// welkom: optional, for a partner's page with the embed in an iframe. It makes the iframe
// exactly as tall as the list of activities. It listens only to messages from the site this
// file comes from (or the one in data-welkom-site), changes only the iframe that sent them,
// loads nothing, and sets no cookies. Use it as
//   <script src="https://welkom.example.org/assets/welkom/partner.js" defer></script>
// or copy this file to your own site and add data-welkom-site="https://welkom.example.org".
(function () {
  "use strict";
  var script = document.currentScript;
  var site = (script && script.getAttribute("data-welkom-site")) || (script && script.src);
  if (!site) return;
  var origin = new URL(site, window.location.href).origin;
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.welkom !== "hoogte" || typeof data.hoogte !== "number") return;
    var height = Math.max(100, Math.min(5000, Math.round(data.hoogte)));
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + "px";
      }
    }
  });
})();
