"""Custom properties and ``var()`` (CSS Custom Properties 1).

The cascade keeps a custom property (``--x``) as its component values and a declaration whose value holds
``var()`` as a :class:`PendingVar` (validated only once substituted). The style step then, per element:

1. computes the custom properties: the parent's (they inherit), overridden by the element's own, each
   with its own ``var()`` references substituted (a cycle makes the properties in it invalid);
2. substitutes ``var(--x, fallback)`` in every pending declaration and parses the result with the
   property's parser (or expands the shorthand it came from). A declaration that fails is invalid at
   computed-value time: the property behaves as ``unset`` and a warning names it.
"""

from __future__ import annotations

from functools import lru_cache

import tinycss2

from .parsers import InvalidValue

MAX_DEPTH = 32


class PendingVar:
    """A declaration with ``var()``: ``source`` is the declared property (a shorthand or the longhand),
    ``tokens`` its value, ``longhand`` the longhand this entry stands for."""

    __slots__ = ("source", "tokens", "longhand")

    def __init__(self, source: str, tokens, longhand: str):
        self.source = source
        self.tokens = tuple(tokens)
        self.longhand = longhand

    def __eq__(self, other):
        return isinstance(other, PendingVar) and (self.source, self.longhand, _text(self.tokens)) == (
            other.source, other.longhand, _text(other.tokens))

    def __hash__(self):
        return hash((self.source, self.longhand, _text(self.tokens)))

    def __repr__(self):
        return f"PendingVar({self.source}: {_text(self.tokens)})"


def _text(tokens) -> str:
    return tinycss2.serialize(tokens)


def contains_var(tokens) -> bool:
    for t in tokens:
        if t.type == "function":
            if t.lower_name == "var" or contains_var(t.arguments):
                return True
        elif t.type in ("() block", "[] block", "{} block") and contains_var(t.content):
            return True
    return False


class _Invalid(Exception):
    pass


def _substitute(tokens, custom: dict, depth: int = 0) -> str:
    """Component values -> CSS text with every var() replaced; _Invalid when a reference fails."""
    if depth > MAX_DEPTH:
        raise _Invalid("var() references nest too deeply (a cycle?)")
    out = []
    for t in tokens:
        if t.type == "function" and t.lower_name == "var":
            args = list(t.arguments)
            while args and args[0].type in ("whitespace", "comment"):
                args.pop(0)
            if not args or args[0].type != "ident" or not args[0].value.startswith("--"):
                raise _Invalid("var() needs a custom property name such as --x")
            name = args[0].value
            rest = args[1:]
            while rest and rest[0].type in ("whitespace", "comment"):
                rest.pop(0)
            fallback = None
            if rest:
                if rest[0] != ",":
                    raise _Invalid("expected a comma after the name in var()")
                fallback = rest[1:]
            value = custom.get(name)
            if value is not None:
                out.append(value)
            elif fallback is not None:
                out.append(_substitute(fallback, custom, depth + 1))
            else:
                raise _Invalid(f"{name} is not defined and var() has no fallback")
        elif t.type == "function":
            out.append(f"{t.name}({_substitute(t.arguments, custom, depth + 1)})")
        elif t.type == "() block":
            out.append(f"({_substitute(t.content, custom, depth + 1)})")
        else:
            out.append(tinycss2.serialize([t]))
    return "".join(out)


@lru_cache(maxsize=4096)
def _parse(text: str) -> tuple:
    values = tinycss2.parse_component_value_list(text, skip_comments=True)
    while values and values[0].type == "whitespace":
        values.pop(0)
    while values and values[-1].type == "whitespace":
        values.pop()
    return tuple(values)


def compute_custom(own: dict, inherited: dict | None) -> tuple[dict, list]:
    """The element's custom properties (name -> CSS text, var() substituted), and problems."""
    custom = dict(inherited or {})
    problems = []
    for name, value in own.items():
        if value in ("initial", "unset") and not isinstance(value, tuple):
            custom.pop(name, None)
        elif value == "inherit":
            if inherited and name in inherited:
                custom[name] = inherited[name]
    raw = {n: v for n, v in own.items() if isinstance(v, tuple)}
    resolving: set = set()

    def resolve(name):
        if name in resolving:
            raise _Invalid(f"{name} refers to itself through var()")
        tokens = raw.pop(name)
        resolving.add(name)
        try:
            deps = _names(tokens)
            for dep in deps:
                if dep in raw:
                    try:
                        resolve(dep)
                    except _Invalid:
                        custom.pop(dep, None)
            custom[name] = _substitute(tokens, custom) if contains_var(tokens) else _text(tokens)
        finally:
            resolving.discard(name)

    while raw:
        name = next(iter(raw))
        try:
            resolve(name)
        except _Invalid as exc:
            custom.pop(name, None)
            problems.append((name, f"{exc}; the custom property is invalid"))
    return custom, problems


def _names(tokens) -> list[str]:
    out = []
    for t in tokens:
        if t.type == "function":
            if t.lower_name == "var":
                args = [a for a in t.arguments if a.type not in ("whitespace", "comment")]
                if args and args[0].type == "ident":
                    out.append(args[0].value)
            out += _names(t.arguments)
        elif t.type == "() block":
            out += _names(t.content)
    return out


def resolve_pending(pending: PendingVar, custom: dict, properties, shorthands):
    """The specified value of ``pending.longhand`` once var() is substituted; InvalidValue if it fails."""
    try:
        text = _substitute(pending.tokens, custom)
    except _Invalid as exc:
        raise InvalidValue(str(exc)) from None
    tokens = list(_parse(text))
    if not tokens:
        raise InvalidValue("empty value after var() substitution")
    if len(tokens) == 1 and tokens[0].type == "ident" and tokens[0].lower_value in (
            "inherit", "initial", "unset", "revert", "revert-layer"):
        kw = tokens[0].lower_value
        return "unset" if kw.startswith("revert") else kw
    if pending.source in shorthands:
        pairs = dict(shorthands[pending.source][0](tokens))
        return pairs[pending.longhand]
    return properties[pending.longhand].parse(tokens)


def split_specified(specified: dict) -> tuple[dict, dict]:
    """Custom properties (``--x``) apart from the rest."""
    custom = {k: v for k, v in specified.items() if k.startswith("--")}
    if not custom:
        return {}, specified
    return custom, {k: v for k, v in specified.items() if not k.startswith("--")}
