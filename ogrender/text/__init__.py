"""Text stage: fonts, shaping, white space, line breaking and paragraphs.

Input: styled text items and a :class:`FontSet`; output: :class:`TextLayout` (lines of positioned glyph
runs) and intrinsic widths, asked for by layout through its measure interface. Only this package imports
uharfbuzz and fontTools.
"""

from .fonts import FontEntry, FontFace, FontSet, load_face
from .paragraph import GlyphRun, Line, Paragraph, TextLayout, strut

__all__ = ["FontEntry", "FontFace", "FontSet", "load_face", "GlyphRun", "Line", "Paragraph", "TextLayout", "strut"]
