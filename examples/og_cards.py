"""Card templates shared by the FastAPI, Django and Flask examples: ``card(kind, params)`` builds the
element for a blog post, a product or a profile; an unknown kind raises ``UnknownCard`` (the apps answer 400).

Fonts: the bundled Inter, regular and bold, read once.
"""

from __future__ import annotations

from pathlib import Path

from ogrender import Font, h

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts" / "inter"
FONTS = [Font.from_file(FONT_DIR / "Inter-Regular.otf", name="Inter", weight=400),
         Font.from_file(FONT_DIR / "Inter-Bold.otf", name="Inter", weight=700)]
SIZE = {"width": 1200, "height": 630}


class UnknownCard(ValueError):
    """The ``type`` parameter names no template."""


def _frame(background: str, color: str, *children):
    return h("div", {"style": {"display": "flex", "flexDirection": "column", "justifyContent": "space-between",
                               "width": "100%", "height": "100%", "padding": 72, "background": background,
                               "color": color, "fontFamily": "Inter"}}, *children)


def blog(title: str, author: str = "", **_):
    return _frame(
        "#0f172a", "white",
        h("div", {"style": {"display": "flex", "fontSize": 28, "color": "#94a3b8"}}, "BLOG"),
        h("div", {"style": {"display": "flex", "fontSize": 68, "fontWeight": 700, "lineHeight": 1.15}}, title),
        h("div", {"style": {"display": "flex", "fontSize": 32, "color": "#cbd5e1"}},
          f"by {author}" if author else "ogrender blog"),
    )


def product(title: str, author: str = "", price: str = "", **_):
    return _frame(
        "#fff7ed", "#431407",
        h("div", {"style": {"display": "flex", "fontSize": 28, "color": "#c2410c"}}, author or "Shop"),
        h("div", {"style": {"display": "flex", "fontSize": 76, "fontWeight": 700}}, title),
        h("div", {"style": {"display": "flex", "alignSelf": "flex-start", "padding": "12px 28px",
                            "borderRadius": 999, "background": "#ea580c", "color": "white", "fontSize": 40,
                            "fontWeight": 700}}, price or "New"),
    )


def profile(title: str, author: str = "", **_):
    name = author or title
    initial = name[:1].upper() or "?"
    return h("div", {"style": {"display": "flex", "alignItems": "center", "width": "100%", "height": "100%",
                               "padding": 72, "background": "#ecfdf5", "color": "#064e3b", "fontFamily": "Inter"}},
             h("div", {"style": {"display": "flex", "alignItems": "center", "justifyContent": "center",
                                 "width": 240, "height": 240, "borderRadius": 120, "background": "#10b981",
                                 "color": "white", "fontSize": 120, "fontWeight": 700}}, initial),
             h("div", {"style": {"display": "flex", "flexDirection": "column", "marginLeft": 56}},
               h("div", {"style": {"display": "flex", "fontSize": 64, "fontWeight": 700}}, name),
               h("div", {"style": {"display": "flex", "fontSize": 36, "marginTop": 16}}, title if author else "")))


TEMPLATES = {"blog": blog, "product": product, "profile": profile}


def card(kind: str, params: dict):
    """The element for ``kind`` (blog, product, profile) from request parameters (title, author, ...)."""
    try:
        template = TEMPLATES[kind]
    except KeyError:
        raise UnknownCard(f"unknown type {kind!r}; expected one of: {', '.join(TEMPLATES)}") from None
    return template(title=params.get("title") or "Untitled", author=params.get("author") or "",
                    price=params.get("price") or "")
