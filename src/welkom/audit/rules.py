"""What may run in a built page: the rules of the build audit, on parsed HTML (lxml).

Allowed: ``<script src>`` of the site's own files under ``assets/``; data scripts
(``application/ld+json`` for search engines, ``application/json`` for Material's settings);
the theme's own inline scripts, recognised by their exact text (`THEME_INLINE_SCRIPTS`), which
are also the only inline scripts the Content-Security-Policy allows (render/csp.py).
Refused: any other script, any ``on…`` attribute, ``javascript:``/``data:``/``vbscript:`` URLs
in ``href``/``src``/``action``/``formaction``/``xlink:href``/``data``/``poster``, ``srcdoc``,
frames, ``object``/``embed``/``applet``, a ``<base href>``, and a ``meta refresh`` unless it
points to a relative URL on the same site (the redirect pages of moved URLs use those).
"""

from __future__ import annotations

import posixpath
import re

from lxml import html as lxml_html

DANGEROUS_SCHEMES = ("javascript:", "data:", "vbscript:")
DATA_SCRIPT_TYPES = frozenset({"application/ld+json", "application/json"})
FORBIDDEN_ELEMENTS = ("iframe", "frame", "frameset", "object", "embed", "applet", "portal")

# Material for MkDocs' inline scripts. The first one's base URL depends on the page's depth.
_MD_SCOPE = re.compile(
    r'__md_scope=new URL\("(?:/|\.|\.\.(?:/\.\.)*)",location\),'
    + re.escape(
        "__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),"
        '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
        '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,'
        "JSON.stringify(_))}catch(e){}}"
    )
)
_MD_TABBED = (
    "var target=document.getElementById(location.hash.slice(1));"
    'target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))'
)


def is_theme_inline_script(text: str) -> bool:
    """An inline script the theme (Material) writes itself, character for character."""
    return text == _MD_TABBED or _MD_SCOPE.fullmatch(text) is not None


_XPATH = (
    "//script"
    " | //iframe | //frame | //frameset | //object | //embed | //applet | //portal"
    " | //base[@href] | //meta[@http-equiv]"
    " | //@*[starts-with(translate(name(),'ON','on'),'on')]"
    " | //@srcdoc"
    " | //@href[contains(.,':')] | //@src[contains(.,':')] | //@action[contains(.,':')]"
    " | //@formaction[contains(.,':')] | //@data[contains(.,':')] | //@poster[contains(.,':')]"
    " | //@*[name()='xlink:href'][contains(.,':')]"
)
_SCRIPT_TAG = re.compile(rb"<script[\s>/]", re.IGNORECASE)
_SPACE_OR_CONTROL = re.compile(r"[\x00-\x20\x7f]+")


def dangerous_url(value: str) -> bool:
    """A URL a browser would run or render as a document: javascript:, data:, vbscript:
    (the parser already decoded entities; browsers drop tabs and newlines, fold case)."""
    return _SPACE_OR_CONTROL.sub("", value).lower().startswith(DANGEROUS_SCHEMES)


def _same_site_relative(url: str) -> bool:
    url = url.strip()
    return bool(url) and not url.startswith(("//", "\\")) and ":" not in url.split("/", 1)[0]


def _refresh_target(content: str) -> str:
    match = re.search(r"url\s*=\s*['\"]?([^'\"]*)", content, re.IGNORECASE)
    return match.group(1) if match else ""


def audit_tree(tree: object, page: str, *, whole_page: bool) -> list[str]:
    """Violations in a parsed tree; ``page`` is the file's path in the site (for script src)."""
    found: list[str] = []
    for hit in tree.xpath(_XPATH):  # type: ignore[attr-defined]
        if isinstance(hit, str):  # an attribute value (lxml "smart string")
            name = str(hit.attrname)  # type: ignore[attr-defined]
            tag = hit.getparent().tag  # type: ignore[attr-defined]
            if name.lower().startswith("on"):
                found.append(f"attribuut {name} op <{tag}>")
            elif name == "srcdoc":
                found.append(f"attribuut srcdoc op <{tag}>")
            elif dangerous_url(hit):
                found.append(f"{name}={str(hit)[:60]!r} op <{tag}>")
            continue
        tag = hit.tag
        if tag == "script":
            problem = _script_problem(hit, page, whole_page=whole_page)
            if problem:
                found.append(problem)
        elif tag == "base":
            found.append(f"<base href={hit.get('href')!r}>")
        elif tag == "meta":
            if hit.get("http-equiv", "").strip().lower() == "refresh":
                target = _refresh_target(hit.get("content", ""))
                if not whole_page or not _same_site_relative(target):
                    found.append(f"<meta http-equiv=refresh> naar {target[:60]!r}")
        else:
            found.append(f"<{tag}>")
    return found


def _script_problem(script: object, page: str, *, whole_page: bool) -> str | None:
    kind = (script.get("type") or "").strip().lower()  # type: ignore[attr-defined]
    src = script.get("src")  # type: ignore[attr-defined]
    if kind in DATA_SCRIPT_TYPES and src is None:
        return None
    if src is not None:
        if whole_page and _same_site_relative(src):
            base = "" if src.startswith("/") else posixpath.dirname(page)
            path = posixpath.normpath(posixpath.join(base, src.lstrip("/")))
            if path.startswith("assets/"):
                return None
        return f"<script src={src[:60]!r}>"
    text = script.text or ""  # type: ignore[attr-defined]
    if whole_page and is_theme_inline_script(text):
        return None
    return f"<script> met {' '.join(text.split())[:60]!r}"


def audit_html(data: bytes | str, page: str) -> list[str]:
    """Violations in a whole HTML page (bytes as written, so the parser reads its charset)."""
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    if not raw.strip():
        return []
    tree = lxml_html.document_fromstring(raw)
    found = audit_tree(tree, page, whole_page=True)
    # The parser must see every "<script" the bytes hold: a browser parses differently from
    # libxml2 in corner cases (comments, broken markup), so a difference is a violation too.
    if len(_SCRIPT_TAG.findall(raw)) != len(tree.xpath("//script")):
        found.append("een <script> die de HTML-lezer niet als script ziet (kapotte HTML?)")
    return found


# A quick look before the parser, for the many small pieces of HTML inside feeds and JSON:
# only a piece with one of these can hold a violation, so only such a piece is parsed.
# Deliberately broad (a false alarm costs one parse): dangerous elements; anything that
# looks like an on… attribute (after a space, a slash or a quote, as browsers read it); an
# srcdoc; a URL attribute whose value does not plainly start as a web address, a mail or
# phone link or a relative path (an entity, a space or an unknown scheme all count).
_SUSPECT = re.compile(
    r"<\s*/?\s*(?:script|iframe|frame|object|embed|applet|portal|base|meta)"
    r"|[\s/\"'`]on[a-z]+\s*="
    r"|srcdoc"
    r"|(?:href|src|action|formaction|data|poster)\s*=\s*"
    r"(?![\"']?(?:https?://|mailto:|tel:|[/#?.]|[A-Za-z0-9_~-]+(?:[/?#.\"'\s>]|$)))",
    re.IGNORECASE,
)


def may_hold_violation(fragment: str) -> bool:
    """False only when a piece of HTML certainly holds no violation (see `_SUSPECT`)."""
    return "<" in fragment and _SUSPECT.search(fragment) is not None


def audit_fragment(fragment: str) -> list[str]:
    """Violations in a piece of HTML inside a feed or a JSON file (no script at all)."""
    if not may_hold_violation(fragment):
        return []
    try:
        tree = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types for odd input
        return ["HTML die niet te lezen is"]
    found = audit_tree(tree, "", whole_page=False)
    if len(_SCRIPT_TAG.findall(fragment.encode("utf-8"))) != len(tree.xpath("//script")):
        found.append("een <script> die de HTML-lezer niet als script ziet")
    return found
