/*
 * Accessibility fixes that a template override cannot make, because Material's JavaScript
 * creates the elements. The browser suite (tests/browser) checks every page with axe.
 *
 * axe link-name: a code annotation's marker is a link whose only content is a number drawn by
 * CSS, so it has no accessible name. Name each one "Annotation N".
 */
(function () {
  "use strict";
  function nameAnnotations() {
    var links = document.querySelectorAll("a.md-annotation__index:not([aria-label])");
    for (var i = 0; i < links.length; i++) {
      var id = links[i].querySelector("[data-md-annotation-id]");
      var n = id ? id.getAttribute("data-md-annotation-id") : "";
      links[i].setAttribute("aria-label", ("Annotation " + n).trim());
    }
  }
  new MutationObserver(nameAnnotations).observe(document.body, { childList: true, subtree: true });
  nameAnnotations();
})();
