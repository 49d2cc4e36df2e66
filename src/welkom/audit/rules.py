"""What may run in a built page: the rules of the build audit, on parsed HTML (lxml).

Allowed: ``<script src>`` of the site's own files under ``assets/``; data scripts
(``application/ld+json`` for search engines, ``application/json`` for Material's settings);
the theme's own inline scripts, recognised by their exact text (`is_theme_inline_script`),
which are also the only inline scripts the Content-Security-Policy allows (render/csp.py).
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
        if whole_page and _own_asset(src, page):
            return None
        return f"<script src={src[:60]!r}>"
    text = script.text or ""  # type: ignore[attr-defined]
    if whole_page and is_theme_inline_script(text):
        return None
    return f"<script> met {' '.join(text.split())[:60]!r}"


# A quick look at a whole file before parsing it (most hold nothing that could matter);
# only a file that fails it is parsed. It is broad on purpose (a false alarm costs
# one parse) and works on the text with entities decoded, in lower case:
# - the start of a dangerous element (script, iframe, frame, object, embed, applet, portal,
#   a base with href, a meta refresh), or "srcdoc";
# - "on…=" right after a space, a slash or a quote (an event handler, as browsers read it);
# - a URL attribute whose value does not plainly start as a web address, a mail or phone
#   link or a relative path (an entity, a space or any other scheme all count);
# - with tabs and line breaks taken out (browsers drop them inside URLs), "script:" or
#   "data:" anywhere.
# All on bytes: quicker than on text, and ASCII is all these patterns need.
_DANGEROUS_TAG = re.compile(
    rb"<\s*/?\s*(?:script|i?frame|object|embed|applet|portal)"
    rb"|<base[^>]*\shref|http-equiv\s*=\s*[\"']?refresh"
)
_HANDLER = re.compile(rb"on[a-z]+\s*=")
_UNCLEAR_URL = re.compile(
    rb"(?:href|src|action|data|poster)\s*=\s*"
    rb"(?![\"']?(?:https?://|webcal://|mailto:|tel:|[/#?.]|[a-z0-9_~-]+(?:[/?#.\"'\s>]|$)))"
)
_BEFORE_HANDLER = frozenset(b" \t\n\r\f/\"'`")


def certainly_clean(data: bytes | str) -> bool:
    """False when the HTML (or a file holding HTML) may hold a violation; see above."""
    low = (data.encode("utf-8") if isinstance(data, str) else data).lower()
    if b"srcdoc" in low or _DANGEROUS_TAG.search(low) or _UNCLEAR_URL.search(low):
        return False
    for match in _HANDLER.finditer(low):
        if match.start() > 0 and low[match.start() - 1] in _BEFORE_HANDLER:
            return False
    squeezed = low.replace(b"\t", b"").replace(b"\n", b"").replace(b"\r", b"")
    return b"script:" not in squeezed and b"data:" not in squeezed


# A page's scripts, for the quick look at a page: each must be one the site may have, in a
# form written exactly as the theme and welkom write it; the rest of the page must then pass
# `certainly_clean`. Our own Content-Security-Policy tag is left out of that look (its
# "img-src data:" is no URL).
_SCRIPT_BLOCK = re.compile(rb"<script([^>]*)>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_DATA_SCRIPT = re.compile(rb'(?: id="__config")? type="application/(?:ld\+)?json"')
_SRC_SCRIPT = re.compile(rb' src="([^"<>]*)"')
_OUR_CSP = re.compile(rb'<meta http-equiv="Content-Security-Policy" content="[^"<>]*">')


def _page_certainly_clean(raw: bytes, page: str) -> bool:
    rest: list[bytes] = []
    at = 0
    for match in _SCRIPT_BLOCK.finditer(raw):
        attrs, body = match.group(1), match.group(2)
        if attrs == b"":
            ok = is_theme_inline_script(body.decode("utf-8", errors="replace"))
        elif _DATA_SCRIPT.fullmatch(attrs):
            ok = b"<!--" not in body and b"<script" not in body.lower()
        else:
            src = _SRC_SCRIPT.fullmatch(attrs)
            ok = (
                src is not None
                and not body.strip()
                and _own_asset(src.group(1).decode("utf-8", errors="replace"), page)
            )
        if not ok:
            return False
        rest.append(raw[at : match.start()])
        at = match.end()
    rest.append(raw[at:])
    return certainly_clean(_OUR_CSP.sub(b"", b"".join(rest)))


def _own_asset(src: str, page: str) -> bool:
    if not _same_site_relative(src):
        return False
    base = "" if src.startswith("/") else posixpath.dirname(page)
    return posixpath.normpath(posixpath.join(base, src.lstrip("/"))).startswith("assets/")


def audit_html(data: bytes | str, page: str) -> list[str]:
    """Violations in a whole HTML page (bytes as written, so the parser reads its charset)."""
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    if not raw.strip():
        return []
    if _page_certainly_clean(raw, page):
        return []
    tree = lxml_html.document_fromstring(raw)
    found = audit_tree(tree, page, whole_page=True)
    # The parser must see every "<script" the bytes hold: a browser parses differently from
    # libxml2 in corner cases (comments, broken markup), so a difference is a violation too.
    if len(_SCRIPT_TAG.findall(raw)) != len(tree.xpath("//script")):
        found.append("een <script> die de HTML-lezer niet als script ziet (kapotte HTML?)")
    return found


def audit_fragment(fragment: str) -> list[str]:
    """Violations in a piece of HTML inside a feed or a JSON file (no script at all)."""
    if "<" not in fragment or certainly_clean(fragment):
        return []
    try:
        tree = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types for odd input
        return ["HTML die niet te lezen is"]
    found = audit_tree(tree, "", whole_page=False)
    if len(_SCRIPT_TAG.findall(fragment.encode("utf-8"))) != len(tree.xpath("//script")):
        found.append("een <script> die de HTML-lezer niet als script ziet")
    return found
