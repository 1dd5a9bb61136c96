"""The international text fixtures of ``tools/text_fixtures.py``: the ``scripts`` and ``cjk`` suites.

In: nothing (the fixtures are written here). Out: generators of fixtures in ``text_fixtures``' form (a block
``div`` of a stated width with text and inline elements), each naming the Noto fonts it loads (``"fonts"``:
families of ``tools/fixture_fonts.py``; generation records each subset's file name and SHA-256) and
grouping its lines by rows (``"group": "rows"``: complex scripts reorder characters inside a line).

``scripts``: Arabic (joining across inline elements and across font fallback, harakat, Persian with ZWNJ,
Arabic-Indic digits), Hebrew (niqqud), mixed left-to-right / right-to-left text with numbers, Devanagari,
Bengali, Tamil (conjuncts and reordered vowel signs), Thai and Khmer (no spaces: dictionary breaking),
emoji sequences (ZWJ, skin tones, flags, keycaps), ellipsis on clusters, letter-spacing, several widths.
``cjk``: Japanese, Chinese (Hans, Hant) and Korean: breaking between ideographs, kinsoku (ICU's rules
for ``lang``), ``line-break`` (auto, loose, normal, strict, anywhere), ``word-break: keep-all`` and
``break-all``, ``lang``-dependent glyphs (ja, zh-Hans, zh-Hant, ko through ``locl``), mixed Latin.
"""

from __future__ import annotations

from text_fixtures import SANS, el, fx, para, span

# font-family lists: the bundled Inter first (Latin, digits, punctuation), then the script's Noto font
ARABIC, HEBREW, DEVA, BENGALI, TAMIL, THAI, KHMER, CJK, EMOJI, KUFI = (
    "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Tamil",
    "Noto Sans Thai", "Noto Sans Khmer", "Noto Sans CJK JP", "Noto Color Emoji", "Noto Kufi Arabic")

AR = "\u0627\u0644\u0644\u063a\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u062c\u0645\u064a\u0644\u0629 \u062c\u062f\u0627\u064b\u060c \u0648\u062a\u064f\u0643\u062a\u0628 \u0645\u0646 \u0627\u0644\u064a\u0645\u064a\u0646 \u0625\u0644\u0649 \u0627\u0644\u064a\u0633\u0627\u0631."
AR_LONG = ("\u062a\u0639\u062a\u0628\u0631 \u0627\u0644\u0644\u063a\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 "
           "\u0645\u0646 \u0623\u0643\u062b\u0631 \u0627\u0644\u0644\u063a\u0627\u062a \u0627\u0646\u062a\u0634\u0627\u0631\u0627\u064b "
           "\u0641\u064a \u0627\u0644\u0639\u0627\u0644\u0645\u060c \u0648\u064a\u062a\u062d\u062f\u062b \u0628\u0647\u0627 "
           "\u0623\u0643\u062b\u0631 \u0645\u0646 \u0623\u0631\u0628\u0639\u0645\u0627\u0626\u0629 \u0645\u0644\u064a\u0648\u0646 "
           "\u0634\u062e\u0635.")
AR_NUM = ("\u0641\u064a \u0639\u0627\u0645 2026 \u0632\u0627\u0631 \u0627\u0644\u0645\u0639\u0631\u0636 12,500 "
          "\u0634\u062e\u0635\u060c \u0623\u064a \u0628\u0632\u064a\u0627\u062f\u0629 15% \u0639\u0646 "
          "\u0627\u0644\u0639\u0627\u0645 \u0627\u0644\u0645\u0627\u0636\u064a.")
AR_INDIC = ("\u0627\u0644\u0639\u062f\u062f \u0661\u0662\u0663\u0664\u0665 \u0628\u0627\u0644\u0623\u0631\u0642\u0627\u0645 "
            "\u0627\u0644\u0647\u0646\u062f\u064a\u0629 \u0648 678 \u0628\u0627\u0644\u0623\u0631\u0642\u0627\u0645 "
            "\u0627\u0644\u063a\u0631\u0628\u064a\u0629.")
AR_HARAKAT = ("\u0628\u0650\u0633\u0652\u0645\u0650 \u0627\u0644\u0644\u0651\u064e\u0647\u0650 "
              "\u0627\u0644\u0631\u0651\u064e\u062d\u0652\u0645\u064e\u0670\u0646\u0650 "
              "\u0627\u0644\u0631\u0651\u064e\u062d\u0650\u064a\u0645\u0650")
FA = ("\u0632\u0628\u0627\u0646 \u0641\u0627\u0631\u0633\u06cc \u0628\u0627 \u0627\u0644\u0641\u0628\u0627\u06cc "
      "\u0639\u0631\u0628\u06cc \u0646\u0648\u0634\u062a\u0647 \u0645\u06cc\u200c\u0634\u0648\u062f \u0648 "
      "\u06a9\u062a\u0627\u0628\u200c\u0647\u0627 \u0631\u0627 \u0645\u06cc\u200c\u062e\u0648\u0627\u0646\u06cc\u0645.")
AR_MIXED = ("\u064a\u062f\u0639\u0645 Python 3.12 \u0627\u0644\u0644\u063a\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 "
            "\u0645\u0646\u0630 \u0627\u0644\u0625\u0635\u062f\u0627\u0631 3.0 \u062a\u0642\u0631\u064a\u0628\u0627\u064b.")
AR_PHONE = ("\u0627\u062a\u0635\u0644 \u0639\u0644\u0649 +971 4 123 4567 \u0642\u0628\u0644 22/11/2026 "
            "\u0627\u0644\u0633\u0627\u0639\u0629 10:30.")
HE = ("\u05e2\u05d1\u05e8\u05d9\u05ea \u05d4\u05d9\u05d0 \u05e9\u05e4\u05d4 \u05e9\u05de\u05d9\u05ea "
      "\u05de\u05e7\u05d1\u05d5\u05e6\u05ea \u05d4\u05e9\u05e4\u05d5\u05ea \u05d4\u05db\u05e0\u05e2\u05e0\u05d9\u05d5\u05ea.")
HE_NUM = ("\u05d1\u05e9\u05e0\u05ea 2026 \u05d4\u05d9\u05d5 \u05d1\u05d9\u05e9\u05e8\u05d0\u05dc 9.8 "
          "\u05de\u05d9\u05dc\u05d9\u05d5\u05df \u05ea\u05d5\u05e9\u05d1\u05d9\u05dd, \u05db-74% "
          "\u05de\u05d4\u05dd \u05d1\u05e2\u05e8\u05d9\u05dd.")
HE_NIQQUD = ("\u05d1\u05bc\u05b0\u05e8\u05b5\u05d0\u05e9\u05c1\u05b4\u05d9\u05ea \u05d1\u05bc\u05b8\u05e8\u05b8\u05d0 "
             "\u05d0\u05b1\u05dc\u05b9\u05d4\u05b4\u05d9\u05dd \u05d0\u05b5\u05ea "
             "\u05d4\u05b7\u05e9\u05c1\u05bc\u05b8\u05de\u05b7\u05d9\u05b4\u05dd \u05d5\u05b0\u05d0\u05b5\u05ea "
             "\u05d4\u05b8\u05d0\u05b8\u05e8\u05b6\u05e5")
HE_MIXED = ("\u05e2\u05de\u05d5\u05d3 12 \u05de\u05ea\u05d5\u05da 345: \u05e8\u05d0\u05d5 \u05e1\u05e2\u05d9\u05e3 "
            "3.2.1 \u05d1-RFC 9110 \u05d5\u05d0\u05ea \u05d4\u05e4\u05e8\u05e7 \"Caching\" \u05e9\u05dd.")
EN_HE = "The word \u05e9\u05dc\u05d5\u05dd (shalom) appears 3 times on page 42, and \u05ea\u05d5\u05d3\u05d4 twice."
HI = ("\u0939\u093f\u0928\u094d\u0926\u0940 \u092d\u093e\u0930\u0924 \u0915\u0940 \u0930\u093e\u091c\u092d\u093e\u0937\u093e "
      "\u0939\u0948 \u0914\u0930 \u0926\u0947\u0935\u0928\u093e\u0917\u0930\u0940 \u0932\u093f\u092a\u093f \u092e\u0947\u0902 "
      "\u0932\u093f\u0916\u0940 \u091c\u093e\u0924\u0940 \u0939\u0948\u0964")
HI_CONJ = ("\u0915\u094d\u0937\u0924\u094d\u0930\u093f\u092f, \u0924\u094d\u0930\u093f\u0936\u0942\u0932, "
           "\u0936\u094d\u0930\u0926\u094d\u0927\u093e, \u0926\u094d\u0935\u093e\u0930, \u0939\u0943\u0926\u092f, "
           "\u092a\u094d\u0930\u0947\u092e \u0914\u0930 \u0915\u0943\u0937\u094d\u0923 \u091c\u0948\u0938\u0947 "
           "\u0936\u092c\u094d\u0926\u094b\u0902 \u092e\u0947\u0902 \u0938\u0902\u092f\u0941\u0915\u094d\u0924\u093e\u0915\u094d\u0937\u0930 "
           "\u0939\u094b\u0924\u0947 \u0939\u0948\u0902\u0964")
HI_LONG = ("\u0905\u0902\u0924\u0930\u094d\u0930\u093e\u0937\u094d\u091f\u094d\u0930\u0940\u092f\u0915\u0930\u0923"
           "\u0938\u0902\u092c\u0902\u0927\u0940\u0935\u093f\u0936\u094d\u0932\u0947\u0937\u0923 \u0936\u092c\u094d\u0926")
BN = ("\u09ac\u09be\u0982\u09b2\u09be \u09ad\u09be\u09b7\u09be \u09a6\u0995\u09cd\u09b7\u09bf\u09a3 "
      "\u098f\u09b6\u09bf\u09af\u09bc\u09be\u09b0 \u098f\u0995\u099f\u09bf \u0987\u09a8\u09cd\u09a6\u09cb-\u0986\u09b0\u09cd\u09af "
      "\u09ad\u09be\u09b7\u09be \u098f\u09ac\u0982 \u09ac\u09be\u0982\u09b2\u09be\u09a6\u09c7\u09b6\u09c7\u09b0 "
      "\u09b0\u09be\u09b7\u09cd\u099f\u09cd\u09b0\u09ad\u09be\u09b7\u09be\u0964")
TA = ("\u0ba4\u0bae\u0bbf\u0bb4\u0bcd \u0bae\u0bca\u0bb4\u0bbf \u0b89\u0bb2\u0b95\u0bbf\u0ba9\u0bcd "
      "\u0bae\u0bbf\u0b95\u0baa\u0bcd \u0baa\u0bb4\u0bae\u0bc8\u0baf\u0bbe\u0ba9 \u0bae\u0bca\u0bb4\u0bbf\u0b95\u0bb3\u0bbf\u0bb2\u0bcd "
      "\u0b92\u0ba9\u0bcd\u0bb1\u0bbe\u0b95\u0bc1\u0bae\u0bcd.")
TH = ("\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22\u0e40\u0e1b\u0e47\u0e19\u0e20\u0e32\u0e29\u0e32\u0e23\u0e32\u0e0a\u0e01\u0e32\u0e23"
      "\u0e02\u0e2d\u0e07\u0e1b\u0e23\u0e30\u0e40\u0e17\u0e28\u0e44\u0e17\u0e22\u0e41\u0e25\u0e30\u0e44\u0e21\u0e48\u0e21\u0e35"
      "\u0e01\u0e32\u0e23\u0e40\u0e27\u0e49\u0e19\u0e27\u0e23\u0e23\u0e04\u0e23\u0e30\u0e2b\u0e27\u0e48\u0e32\u0e07\u0e04\u0e33")
TH2 = ("\u0e01\u0e23\u0e38\u0e07\u0e40\u0e17\u0e1e\u0e21\u0e2b\u0e32\u0e19\u0e04\u0e23\u0e40\u0e1b\u0e47\u0e19"
       "\u0e40\u0e21\u0e37\u0e2d\u0e07\u0e2b\u0e25\u0e27\u0e07\u0e02\u0e2d\u0e07\u0e1b\u0e23\u0e30\u0e40\u0e17\u0e28\u0e44\u0e17\u0e22 "
       "\u0e21\u0e35\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e01\u0e23\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13 10 \u0e25\u0e49\u0e32\u0e19\u0e04\u0e19")
KM = ("\u1797\u17b6\u179f\u17b6\u1781\u17d2\u1798\u17c2\u179a\u1782\u17ba\u1787\u17b6\u1797\u17b6\u179f\u17b6"
      "\u1795\u17d2\u179b\u17bc\u179c\u1780\u17b6\u179a\u179a\u1794\u179f\u17cb\u1794\u17d2\u179a\u1791\u17c1\u179f"
      "\u1780\u1798\u17d2\u1796\u17bb\u1787\u17b6")
KM2 = ("\u1796\u17d2\u179a\u17c7\u179a\u17b6\u1787\u17b6\u178e\u17b6\u1785\u1780\u17d2\u179a\u1780\u1798\u17d2\u1796\u17bb\u1787\u17b6"
       "\u1798\u17b6\u1793\u179a\u17b6\u1787\u1792\u17b6\u1793\u17b8\u1797\u17d2\u1793\u17c6\u1796\u17c1\u1789")
EMOJI_TEXT = ("Great job \U0001F44D\U0001F3FD team \U0001F468\u200D\U0001F469\u200D\U0001F467 from \U0001F1EF\U0001F1F5 "
              "and \U0001F1E7\U0001F1F7 \U0001F3F3\uFE0F\u200D\U0001F308 \u2764\uFE0F 1\uFE0F\u20E3 "
              "\U0001F9D1\U0001F3FF\u200D\U0001F4BB done \u2705")
EMOJI_RUN = ("\U0001F600\U0001F44D\U0001F3FD\U0001F468\u200D\U0001F469\u200D\U0001F467\U0001F1EF\U0001F1F5"
             "\U0001F3F3\uFE0F\u200D\U0001F308\u2764\uFE0F\U0001F9D1\U0001F3FF\u200D\U0001F4BB\u2705\U0001F600")

JA = ("\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u306f\u3001\u5358\u8a9e\u306e\u9593\u306b\u7a7a\u767d\u3092\u5165\u308c\u305a\u306b"
      "\u66f8\u304d\u307e\u3059\u3002\u305d\u306e\u305f\u3081\u3001\u6539\u884c\u306f\u307b\u307c\u3069\u306e\u6587\u5b57\u306e"
      "\u9593\u3067\u3082\u53ef\u80fd\u3067\u3059\u3002")
JA_KINSOKU = ("\u300c\u3053\u3093\u306b\u3061\u306f\u300d\u3068\u5f7c\u306f\u8a00\u3063\u305f\u3002\uff08\u62ec\u5f27\uff09"
              "\u306e\u5f8c\u3001\u53e5\u8aad\u70b9\u3001\u3002\u3084\u5c0f\u3055\u3044\u6587\u5b57\u3041\u3043\u3045\u3047\u3049"
              "\u3063\u3083\u3085\u3087\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30fc\u306f\u884c\u982d\u306b"
              "\u6765\u307e\u305b\u3093\u3002")
JA_CJ = ("\u30b8\u30e3\u30fc\u30ca\u30ea\u30b9\u30c8\u306e\u30ad\u30e3\u30c3\u30b7\u30e5\u30d5\u30ed\u30fc\u3001"
         "\u30d5\u30a1\u30c3\u30b7\u30e7\u30f3\u30b7\u30e7\u30fc\u301c\u30f4\u30a3\u30af\u30c8\u30ea\u30a2\u671d\u3005"
         "\u3002\u3063\u3063\u3063\u30fc\u30fc\uff01\uff1f\u2026\u2026\u3002")
JA_MIXED = ("ogrender\u306fPython\u3067\u66f8\u304b\u308c\u305fOG\u753b\u50cf\u30ec\u30f3\u30c0\u30e9\u30fc\u3067\u3059\u3002"
            "Version 2.0\u3067\u306f\u3001CJK\u306e\u6539\u884c\u306b\u5bfe\u5fdc\u3057\u307e\u3057\u305f\u3002")
JA_DATE = ("2026\u5e7411\u670822\u65e5\uff08\u65e5\uff09\u5348\u524d10\u664230\u5206\u306b\u767a\u58f2\u3002"
           "\u4fa1\u683c\u306f\u00a53,980\u3067\u3059\u3002")
ZH_HANS = ("\u4e2d\u6587\u6587\u672c\u901a\u5e38\u4e0d\u4f7f\u7528\u7a7a\u683c\u5206\u9694\u8bcd\u8bed\u3002"
           "\u6807\u70b9\u7b26\u53f7\uff0c\u4f8b\u5982\u9017\u53f7\u3001\u53e5\u53f7\u548c\u5f15\u53f7\u201c\u201d\uff0c"
           "\u4e0d\u5e94\u51fa\u73b0\u5728\u884c\u9996\u3002")
ZH_HANT = ("\u7e41\u9ad4\u4e2d\u6587\u4e3b\u8981\u7528\u65bc\u81fa\u7063\u3001\u9999\u6e2f\u548c\u6fb3\u9580\u3002"
           "\u6a19\u9ede\u7b26\u865f\u300c\uff0c\u300d\u8207\u300c\u3002\u300d\u4e0d\u61c9\u51fa\u73fe\u5728\u884c\u9996\u3002")
KO = ("\ud55c\uad6d\uc5b4\ub294 \ub2e8\uc5b4 \uc0ac\uc774\uc5d0 \ub744\uc5b4\uc4f0\uae30\ub97c \ud569\ub2c8\ub2e4. "
      "\uae34 \ubb38\uc7a5\uc740 \uc5ec\ub7ec \uc904\ub85c \ub098\ub269\ub2c8\ub2e4.")
KO2 = ("\ub300\ud55c\ubbfc\uad6d\uc758 \uc218\ub3c4\ub294 \uc11c\uc6b8\ud2b9\ubcc4\uc2dc\uc774\uba70, "
       "\uc778\uad6c\ub294 \uc57d \ucc9c\ub9cc \uba85\uc785\ub2c8\ub2e4. Seoul\uc740 2026\ub144\uc5d0\ub3c4 "
       "\ud070 \ub3c4\uc2dc\uc785\ub2c8\ub2e4.")
LOCL = "\u76f4\u9aa8\u4eca\u4ee4\u89d2\u5316\u6d77\u5199\u5173\u753b\u904d\u6b21\u8a00\u9053\u5203\u6210"


def lang_of(node: dict, lang: str) -> dict:
    node["props"]["lang"] = lang
    return node


def sp(name, text_or_children, family, *, width=300, size=20, lang=None, fonts=None, **style):
    """A fixture in one script: ``family`` after Inter, rows grouping, the fonts it needs."""
    fam = ", ".join([SANS, *(f"'{f}'" for f in family)])
    children = text_or_children if isinstance(text_or_children, list) else [text_or_children]
    tree = para(*children, width=width, font=fam, size=size, **style)
    if lang:
        tree["props"]["lang"] = lang
    return dict(fx(name, tree, width=width + 40, height=600), fonts=list(fonts or family), group="rows")


def scripts():
    out = []
    # Arabic: widths that wrap, numbers, Arabic-Indic digits, harakat, Persian with ZWNJ, mixed with Latin
    for width in (120, 200, 320):
        out.append(sp(f"arabic_rtl_w{width}", AR_LONG, [ARABIC], width=width, direction="rtl"))
        out.append(sp(f"arabic_numbers_w{width}", AR_NUM, [ARABIC], width=width, direction="rtl"))
        out.append(sp(f"persian_zwnj_w{width}", FA, [ARABIC], width=width, direction="rtl", lang="fa"))
    for width in (150, 260):
        out.append(sp(f"arabic_indic_digits_w{width}", AR_INDIC, [ARABIC], width=width, direction="rtl"))
        out.append(sp(f"arabic_harakat_w{width}", AR_HARAKAT, [ARABIC], width=width, direction="rtl", size=24))
        out.append(sp(f"arabic_mixed_latin_w{width}", AR_MIXED, [ARABIC], width=width, direction="rtl"))
        out.append(sp(f"arabic_phone_w{width}", AR_PHONE, [ARABIC], width=width, direction="rtl"))
        out.append(sp(f"arabic_in_ltr_w{width}", AR, [ARABIC], width=width))
    # joining across inline element boundaries: a word split by spans of another colour, weight, size
    ja, jb = "\u0627\u0644\u0639", "\u0631\u0628\u064a\u0629"
    for d in ("rtl", "ltr"):
        out.append(sp(f"arabic_join_color_span_{d}", ["\u0627\u0644\u0644\u063a\u0629 " + ja,
                                                    span(jb, color="#c00"), " \u062c\u0645\u064a\u0644\u0629"],
                      [ARABIC], direction=d))
        out.append(sp(f"arabic_join_bold_span_{d}", [ja, span(jb, fontWeight=700), " " + AR], [ARABIC],
                      direction=d, width=260))
        out.append(sp(f"arabic_join_three_spans_{d}", [span("\u0645\u0631", color="#06c"),
                                                        span("\u062d\u0628", color="#c60"),
                                                        span("\u0627 \u0628\u0643\u0645", color="#090")],
                      [ARABIC], direction=d, size=28))
        out.append(sp(f"arabic_join_background_span_{d}", ["\u0643\u062a\u0627", span("\u0628\u0629", backgroundColor="#fd0"),
                                                             " \u0627\u0644\u0646\u0635"], [ARABIC], direction=d,
                      size=24))
    # joining across font fallback: letters Noto Kufi Arabic lacks come from Noto Sans Arabic mid-word
    fall = ("\u0633\u063b\u0633 \u0644\u077f\u0645 \u0643\u062a\u0627\u0628\u063b\u064a \u0648\u0627\u0644\u0639\u0631\u0628"
            "\u063b\u0629 \u0645\u0639 \u0623\u062d\u0631\u0641 \u0623\u062e\u0631\u0649")
    for width in (140, 300):
        out.append(sp(f"arabic_join_font_fallback_w{width}", fall, [KUFI, ARABIC], width=width, direction="rtl"))
    # Hebrew
    for width in (120, 210, 330):
        out.append(sp(f"hebrew_rtl_w{width}", HE, [HEBREW], width=width, direction="rtl"))
        out.append(sp(f"hebrew_numbers_w{width}", HE_NUM, [HEBREW], width=width, direction="rtl"))
    for width in (160, 280):
        out.append(sp(f"hebrew_niqqud_w{width}", HE_NIQQUD, [HEBREW], width=width, direction="rtl", size=24))
        out.append(sp(f"hebrew_mixed_w{width}", HE_MIXED, [HEBREW], width=width, direction="rtl"))
        out.append(sp(f"english_hebrew_w{width}", EN_HE, [HEBREW], width=width))
        out.append(sp(f"english_hebrew_rtl_w{width}", EN_HE, [HEBREW], width=width, direction="rtl"))
        out.append(sp(f"hebrew_arabic_w{width}", [HE + " ", span(AR, color="#06c")], [HEBREW, ARABIC], width=width,
                      direction="rtl"))
    # Indic: Devanagari, Bengali, Tamil
    for width in (110, 190, 300):
        out.append(sp(f"devanagari_w{width}", HI, [DEVA], width=width))
        out.append(sp(f"devanagari_conjuncts_w{width}", HI_CONJ, [DEVA], width=width))
        out.append(sp(f"bengali_w{width}", BN, [BENGALI], width=width))
        out.append(sp(f"tamil_w{width}", TA, [TAMIL], width=width))
    for width in (90, 200):
        out.append(sp(f"devanagari_long_word_anywhere_w{width}", HI_LONG, [DEVA], width=width, overflowWrap="anywhere"))
        out.append(sp(f"devanagari_break_all_w{width}", HI, [DEVA], width=width, wordBreak="break-all"))
    out.append(sp("devanagari_letter_spacing", HI, [DEVA], width=260, letterSpacing="2px"))
    out.append(sp("devanagari_justify", HI_CONJ, [DEVA], width=240, textAlign="justify"))
    out.append(sp("devanagari_span_in_cluster", ["\u0915\u094d", span("\u0937", color="#c00"),
                                                  "\u093f \u0939\u093f\u0928\u094d\u0926\u0940"], [DEVA], size=28))
    out.append(sp("tamil_letter_spacing", TA, [TAMIL], width=260, letterSpacing="1px"))
    # Thai and Khmer: no spaces between words, ICU's dictionaries find the breaks
    for width in (100, 170, 250, 360):
        out.append(sp(f"thai_w{width}", TH, [THAI], width=width))
        out.append(sp(f"khmer_w{width}", KM, [KHMER], width=width))
    for width in (140, 240):
        out.append(sp(f"thai_spaces_numbers_w{width}", TH2, [THAI], width=width))
        out.append(sp(f"khmer_capital_w{width}", KM2, [KHMER], width=width))
        out.append(sp(f"thai_break_all_w{width}", TH, [THAI], width=width, wordBreak="break-all"))
        out.append(sp(f"thai_keep_all_w{width}", TH, [THAI], width=width, wordBreak="keep-all"))
    out.append(sp("thai_lang_th", TH, [THAI], width=180, lang="th"))
    out.append(sp("thai_letter_spacing", TH, [THAI], width=220, letterSpacing="1.5px"))
    out.append(sp("thai_span_mid_word", ["\u0e20\u0e32\u0e29\u0e32\u0e44", span("\u0e17\u0e22\u0e40\u0e1b\u0e47\u0e19",
                                                                                 color="#c00"), TH2], [THAI], width=200))
    # ellipsis on clusters (the characters the ellipsis hides are reported by Chromium: boxes and ink only)
    for name, text, fonts, d in (("arabic", AR_LONG, [ARABIC], "rtl"), ("hebrew", HE_NIQQUD, [HEBREW], "rtl"),
                                 ("devanagari", HI_CONJ, [DEVA], "ltr"), ("bengali", BN, [BENGALI], "ltr"),
                                 ("tamil", TA, [TAMIL], "ltr"), ("thai", TH, [THAI], "ltr"),
                                 ("khmer", KM, [KHMER], "ltr"), ("emoji", EMOJI_RUN, [EMOJI], "ltr")):
        for width in (97, 163):
            f = sp(f"ellipsis_{name}_w{width}", [el("div", text, display="block", whiteSpace="nowrap",
                                                    overflow="hidden", textOverflow="ellipsis")],
                   fonts, width=width, direction=d)
            if name == "emoji":
                f["emoji"] = "font"
            out.append(dict(f, lines=None))
    # a numeric line-height: glyphs from the fallback font do not grow the line (only under normal)
    for lh in (1.2, "30px"):
        key = str(lh).replace(".", "_")
        out.append(sp(f"line_height_{key}_arabic_fallback", AR_MIXED, [ARABIC], width=200, direction="rtl", lh=lh))
        out.append(sp(f"line_height_{key}_devanagari_fallback", HI, [DEVA], width=190, lh=lh))
        out.append(sp(f"line_height_{key}_thai_fallback", TH2, [THAI], width=170, lh=lh))
    # emoji sequences from Noto Color Emoji: ZWJ families, skin tones, flags, keycaps
    for width in (120, 220, 380):
        out.append(dict(sp(f"emoji_sequences_w{width}", EMOJI_TEXT, [EMOJI], width=width), emoji="font"))
    for width in (100, 170):
        out.append(dict(sp(f"emoji_run_w{width}", EMOJI_RUN, [EMOJI], width=width, size=24), emoji="font"))
    # the emoji font's own metrics in the line box: at 39 and 64 px its rounded descent (500/2048 em) is a
    # pixel more than Inter's, so a line with an emoji is a pixel taller under line-height: normal only
    for size in (39, 64):
        for lh in ("normal", 1.2):
            key = str(lh).replace(".", "_")
            out.append(dict(sp(f"emoji_metrics_s{size}_lh_{key}", "Go \U0001F600 team", [EMOJI], width=400,
                               size=size, lh=lh), emoji="font"))
    # found on texts outside the repository (tools/text_fixtures.py --fixtures): letter-spacing follows
    # Blink's script runs (digits, punctuation and brackets after Arabic letters take none, spaces do)
    out.append(sp("arabic_letter_spacing_digits", AR_NUM, [ARABIC], width=260, direction="rtl", letterSpacing="2px"))
    out.append(sp("arabic_letter_spacing_brackets", "Total (\u0645\u062c\u0645\u0648\u0639) 450 \u0631\u064a\u0627\u0644. \u0646\u0639\u0645 (4) x \u00ab\u0643\u062a\u0627\u0628\u00bb 12", [ARABIC],
                  width=330, letterSpacing="3px"))
    # a right-to-left element's start edge (margin, border, padding) is its right one
    for width in (150, 240):
        out.append(sp(f"hebrew_span_edges_rtl_w{width}", ["\u05d4\u05de\u05de\u05e9\u05dc\u05d4 \u05d0\u05d9\u05e9\u05e8\u05d4 \u05d4\u05d9\u05d5\u05dd ", span(
            "\u05d0\u05ea \u05d4\u05ea\u05e7\u05e6\u05d9\u05d1 \u05dc\u05e9\u05e0\u05ea 2027 \u05d4\u05db\u05d5\u05dc\u05dc \u05d4\u05e9\u05e7\u05e2\u05d4", borderLeft="2px solid #06c", paddingRight=6, backgroundColor="#fd0"),
            " \u05d1\u05ea\u05d7\u05d1\u05d5\u05e8\u05d4 \u05e6\u05d9\u05d1\u05d5\u05e8\u05d9\u05ea."], [HEBREW], width=width, direction="rtl"))
    rtl_span = span("\u0e23\u0e32\u0e04\u0e32\u0e19\u0e49\u0e33\u0e21\u0e31\u0e19\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48 15 \u0e21\u0e35\u0e19\u0e32\u0e04\u0e21", paddingLeft=3, paddingRight=8, backgroundColor="#fd0")
    rtl_span["props"]["dir"] = "rtl"
    out.append(sp("thai_rtl_span_edges", ["ab ", rtl_span, " cd"], [THAI], width=130))
    # an isolate is reordered apart from the text around it (its controls stay in the line)
    iso = span("\u062a\u0647\u0631\u0627\u0646 \u067e\u0627\u06cc\u062a\u062e\u062a \u0627\u06cc\u0631\u0627\u0646 \u0627\u0633\u062a \u0648 ", padding="0 3px", backgroundColor="#fd0")
    iso["props"]["dir"] = "ltr"
    out.append(sp("persian_isolate_in_ltr", [iso, "\u062c\u0645\u0639\u06cc\u062a\u06cc \u0628\u06cc\u0634 \u0627\u0632 \u06f9 \u0645\u06cc\u0644\u06cc\u0648\u0646 \u0646\u0641\u0631 \u062f\u0627\u0631\u062f. \u06a9\u062a\u0627\u0628\u200c\u0647\u0627\u06cc \u0628\u06cc\u0634\u062a\u0631\u06cc \u0628\u062e\u0648\u0627\u0646\u0645."],
                  [ARABIC], width=360, size=13, lang="fa"))
    # the end edges of an element closing in a line's hanging white space stay on the line
    for ta in ("right", "center", "justify"):
        out.append(sp(f"bengali_span_end_edge_{ta}", ["\u09a2\u09be\u0995\u09be \u09ac\u09be\u0982\u09b2\u09be\u09a6\u09c7\u09b6\u09c7\u09b0 \u09b0\u09be\u099c\u09a7\u09be\u09a8\u09c0 \u098f\u09ac\u0982 ", span(
            "\u09ac\u09c3\u09b9\u09a4\u09cd\u09a4\u09ae \u09b6\u09b9\u09b0\u0964 ", borderLeft="2px solid #06c", paddingRight=6), "\u098f\u0996\u09be\u09a8\u09c7 \u09aa\u09cd\u09b0\u09be\u09af\u09bc \u09e8 \u0995\u09cb\u099f\u09bf \u09ae\u09be\u09a8\u09c1\u09b7 \u09ac\u09be\u09b8 \u0995\u09b0\u09c7\u0964"],
            [BENGALI], width=120, textAlign=ta))
    # the heart of a ZWJ sequence stays in the emoji font (Inter has a plain heart)
    out.append(dict(sp("emoji_zwj_heart", "couple \U0001F469\u200d\u2764\ufe0f\u200d\U0001F468 and "
                       "\U0001F468\u200d\u2764\ufe0f\u200d\U0001F468 together", [EMOJI], width=190), emoji="font"))
    # Thai: break-all breaks after a vowel sign; ICU sees an isolate's control between two words
    for width in (140, 180):
        out.append(sp(f"thai_break_all_vowel_signs_w{width}", "\u0e40\u0e0a\u0e35\u0e22\u0e07\u0e43\u0e2b\u0e21\u0e48\u0e40\u0e1b\u0e47\u0e19\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14\u0e17\u0e35\u0e48\u0e21\u0e35\u0e19\u0e31\u0e01\u0e17\u0e48\u0e2d\u0e07\u0e40\u0e17\u0e35\u0e48\u0e22\u0e27\u0e21\u0e32\u0e01", [THAI],
                      width=width, size=24, wordBreak="break-all"))
    for width in (250, 322):
        iso = span("\u0e17\u0e48\u0e2d\u0e07\u0e40\u0e17\u0e35\u0e48\u0e22\u0e27\u0e21\u0e32\u0e01\u0e17\u0e35\u0e48", backgroundColor="#fd0")
        iso["props"]["dir"] = "rtl"
        out.append(sp(f"thai_isolate_mid_phrase_w{width}", [span("\u0e40\u0e0a\u0e35\u0e22\u0e07\u0e43\u0e2b\u0e21\u0e48\u0e40\u0e1b\u0e47\u0e19\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14\u0e17\u0e35\u0e48\u0e21\u0e35\u0e19\u0e31\u0e01", fontWeight=700), iso,
                                                            "\u0e2a\u0e38\u0e14\u0e43\u0e19\u0e20\u0e32\u0e04\u0e40\u0e2b\u0e19\u0e37\u0e2d"], [THAI], width=width, size=28))
    # an LRM (default-ignorable) takes no fallback font: the line of the digits it marks is Inter's height
    step = "\u0627\u0644\u062e\u0637\u0648\u0629 \u0662 \u0645\u0646 \u0664: \u0623\u062f\u062e\u0644 \u0631\u0645\u0632 \u0627\u0644\u062a\u062d\u0642\u0642 \u0627\u0644\u0645\u0631\u0633\u0644 \u0625\u0644\u0649 \u200e+966 50 123 4567\u200e \u062e\u0644\u0627\u0644 \u0661\u0660 \u062f\u0642\u0627\u0626\u0642."
    for width, d in ((124, "ltr"), (148, "rtl")):
        out.append(sp(f"arabic_lrm_phone_w{width}_{d}", step, [ARABIC], width=width, size=16, direction=d))
    # a justified right-to-left line: a span's box holds the expanded space it ends with
    out.append(sp("devanagari_rtl_justify_span_space", [span("\u092e\u0941\u0902\u092c\u0908 ", fontWeight=700), "\u092e\u0947\u0902 \u0906\u091c \u0938\u0941\u092c\u0939 \u0938\u0947 \u092d\u093e\u0930\u0940 \u092c\u093e\u0930\u093f\u0936 \u0939\u094b \u0930\u0939\u0940 \u0939\u0948, ",
                                                       span("\u091c\u093f\u0938\u0938\u0947 \u0932\u094b\u0915\u0932 ", fontWeight=700), "\u091f\u094d\u0930\u0947\u0928\u0947\u0902 20 \u092e\u093f\u0928\u091f \u0926\u0947\u0930\u0940 \u0938\u0947 \u091a\u0932 \u0930\u0939\u0940 \u0939\u0948\u0902\u0964"],
                  [DEVA], width=121, size=13, direction="rtl", textAlign="justify"))
    # a line may reach 1/64 px past its width (Blink's LayoutUnit epsilon)
    out.append(sp("bengali_fits_one_64th", [span("\u0986\u09aa\u09a8\u09be\u09b0 \u09aa\u09be\u09b8\u0993\u09af\u09bc\u09be\u09b0\u09cd\u09a1 ", fontWeight=700), span(
        "\u09aa\u09b0\u09bf\u09ac\u09b0\u09cd\u09a4\u09a8 \u0995\u09b0\u09a4\u09c7 \u098f\u0996\u09be\u09a8\u09c7 \u0995\u09cd\u09b2\u09bf\u0995 \u0995\u09b0\u09c1\u09a8 (\u09eb \u09ae\u09bf\u09a8\u09bf\u099f\u09c7\u09b0 \u09ae\u09a7\u09cd\u09af\u09c7)\u0964 \u099a\u099f\u09cd\u099f\u0997\u09cd\u09b0\u09be\u09ae \u09ac\u09a8\u09cd\u09a6\u09b0 \u09a6\u09bf\u09af\u09bc\u09c7 \u0997\u09a4 \u09ac\u099b\u09b0 \u09aa\u09cd\u09b0\u09be\u09af\u09bc \u09e9\u09e8 \u09b2\u09be\u0996 ", color="#090",
        fontStyle="italic"), "\u0995\u09a8\u09cd\u099f\u09c7\u0987\u09a8\u09be\u09b0 \u09aa\u09b0\u09bf\u09ac\u09b9\u09a8 \u0995\u09b0\u09be ", "\u09b9\u09af\u09bc\u09c7\u099b\u09c7\u0964"], [BENGALI], width=297, size=13))
    # no letter-spacing after an LRM (Blink's zero-width spaces); a line of two fragments fits by their
    # rounded-up widths
    update = "\u05e2\u05d3\u05db\u05d5\u05df: \u05d2\u05e8\u05e1\u05d4 2.7 \u05d6\u05de\u05d9\u05e0\u05d4 \u05dc\u05d4\u05d5\u05e8\u05d3\u05d4; \u05d4\u05e9\u05d9\u05e0\u05d5\u05d9\u05d9\u05dd \u05db\u05d5\u05dc\u05dc\u05d9\u05dd \u05ea\u05d9\u05e7\u05d5\u05df \u05d1\u05d0\u05d2\u05d9\u05dd \u05d5\u05e9\u05d9\u05e4\u05d5\u05e8\u05d9 \u05d1\u05d9\u05e6\u05d5\u05e2\u05d9\u05dd (\u200e+15%\u200e)."
    out.append(sp("hebrew_lrm_letter_spacing", update, [HEBREW], width=103, size=13, direction="rtl",
                  letterSpacing="-0.5px"))
    weather = span("\u05d4\u05d0\u05d5\u05d5\u05d9\u05e8 \u05de\u05d7\u05e8: \u05d1\u05d4\u05d9\u05e8 \u05e2\u05d3 \u05de\u05e2\u05d5\u05e0\u05df \u05d7\u05dc\u05e7\u05d9\u05ea, ", borderLeft="2px solid #06c", paddingRight=4)
    fit = sp("hebrew_fit_fragments", ["\u05de\u05d6\u05d2 ", weather, "\u05d8\u05de\u05e4\u05e8\u05d8\u05d5\u05e8\u05d5\u05ea \u05d1\u05d9\u05df 18 \u05dc-26 \u05de\u05e2\u05dc\u05d5\u05ea."], [HEBREW], width=160, size=15)
    fit["tree"]["props"]["dir"] = "rtl"
    out.append(fit)
    # an element opening with the space a line breaks at starts on that line (its start edge there)
    ayu = [span("\u0e2d\u0e22\u0e38\u0e18\u0e22\u0e32\u0e40\u0e04\u0e22\u0e40\u0e1b\u0e47\u0e19\u0e23\u0e32\u0e0a\u0e18\u0e32\u0e19\u0e35\u0e02\u0e2d\u0e07\u0e44\u0e17\u0e22\u0e19\u0e32\u0e19", fontSize=30), span("\u0e16\u0e36\u0e07", backgroundColor="#fd0", padding="0 3px"),
           span(" 417 \u0e1b\u0e35\u0e01\u0e48\u0e2d\u0e19\u0e17\u0e35\u0e48\u0e08\u0e30\u0e40\u0e2a\u0e35\u0e22\u0e01\u0e23\u0e38\u0e07\u0e43\u0e19\u0e1b\u0e35\u0e1e\u0e38\u0e17\u0e18\u0e28\u0e31\u0e01\u0e23\u0e32\u0e0a 2310", borderLeft="2px solid #06c", paddingRight=4)]
    for child in ayu[:2]:
        child["props"]["dir"] = "ltr"
    out.append(sp("thai_span_opens_at_line_end", ayu, [THAI], width=99, size=20, lang="th"))
    return out


def cjk():
    out = []
    families = [CJK]
    # breaking between ideographs and kana, without and with lang
    for width in (130, 210, 310):
        out.append(sp(f"japanese_w{width}", JA, families, width=width))
        out.append(sp(f"japanese_lang_w{width}", JA, families, width=width, lang="ja"))
        out.append(sp(f"chinese_hans_w{width}", ZH_HANS, families, width=width, lang="zh-Hans"))
        out.append(sp(f"chinese_hant_w{width}", ZH_HANT, families, width=width, lang="zh-Hant"))
        out.append(sp(f"korean_w{width}", KO, families, width=width, lang="ko"))
        out.append(sp(f"japanese_mixed_latin_w{width}", JA_MIXED, families, width=width, lang="ja"))
    # kinsoku and line-break: ICU's rules, tailored by lang (@lb=loose / normal / strict)
    for lb in ("auto", "loose", "normal", "strict", "anywhere"):
        for width in (105, 165):
            key = f"{lb}_w{width}"
            out.append(sp(f"line_break_{key}_ja_kinsoku", JA_KINSOKU, families, width=width, lang="ja", lineBreak=lb))
            out.append(sp(f"line_break_{key}_ja_small_kana", JA_CJ, families, width=width, lang="ja", lineBreak=lb))
            out.append(sp(f"line_break_{key}_zh", ZH_HANS, families, width=width, lang="zh-Hans", lineBreak=lb))
        out.append(sp(f"line_break_{lb}_no_lang", JA_CJ, families, width=125, lineBreak=lb))
        out.append(sp(f"line_break_{lb}_korean", KO, families, width=150, lang="ko", lineBreak=lb))
    # word-break
    for width in (120, 200):
        out.append(sp(f"korean_keep_all_w{width}", KO, families, width=width, lang="ko", wordBreak="keep-all"))
        out.append(sp(f"korean2_keep_all_w{width}", KO2, families, width=width, lang="ko", wordBreak="keep-all"))
        out.append(sp(f"korean2_w{width}", KO2, families, width=width, lang="ko"))
        out.append(sp(f"japanese_keep_all_w{width}", JA, families, width=width, lang="ja", wordBreak="keep-all"))
        out.append(sp(f"japanese_break_all_w{width}", JA_MIXED, families, width=width, lang="ja",
                      wordBreak="break-all"))
        out.append(sp(f"japanese_date_w{width}", JA_DATE, families, width=width, lang="ja"))
    out.append(sp("korean_keep_all_no_lang", KO, families, width=150, wordBreak="keep-all"))
    # lang-dependent glyphs: one font, locl by language
    for lang in ("ja", "zh-Hans", "zh-Hant", "ko"):
        out.append(sp(f"locl_{lang.replace('-', '_').lower()}", LOCL, families, width=330, size=28, lang=lang))
    out.append(sp("locl_spans", [span(LOCL[:4]), lang_of(span(LOCL[:4]), "zh-Hans"), lang_of(span(LOCL[:4]), "ko")],
                  families, width=330, size=28, lang="ja"))
    # a numeric line-height: CJK glyphs (a taller fallback font after Inter) do not grow the line
    for lh in (1.35, 1.6, "28px"):
        for width in (150, 260):
            key = f"{str(lh).replace('.', '_')}_w{width}"
            out.append(sp(f"line_height_{key}_mixed", JA_MIXED, families, width=width, lang="ja", lh=lh))
    for lh in (1.35, "44px"):  # (a line box shorter than the glyphs would defeat the grouping of rows)
        out.append(sp(f"line_height_{str(lh).replace('.', '_')}_bold_title", JA_KINSOKU, families, width=300, size=32,
                      lang="ja", lh=lh, fontWeight=700))
    # sizes, spacing, alignment, ellipsis
    out.append(sp("japanese_letter_spacing", JA, families, width=220, lang="ja", letterSpacing="2px"))
    out.append(sp("japanese_center", JA, families, width=220, lang="ja", textAlign="center"))
    out.append(sp("japanese_justify", JA, families, width=230, lang="ja", textAlign="justify"))
    out.append(sp("japanese_big", JA_KINSOKU, families, width=330, size=36, lang="ja"))
    out.append(sp("japanese_small", JA + JA_KINSOKU, families, width=160, size=12, lang="ja"))
    out.append(sp("chinese_spans", [span("\u4e2d\u6587", fontWeight=700), "\u6587\u672c",
                                    span("\u5206\u9694\u8bcd\u8bed\u3002", color="#c00"), ZH_HANS], families, width=200,
                  lang="zh-Hans"))
    for width in (111, 177):
        out.append(dict(sp(f"ellipsis_japanese_w{width}", [el("div", JA, display="block", whiteSpace="nowrap",
                                                              overflow="hidden", textOverflow="ellipsis")],
                           families, width=width, lang="ja"), lines=None))
    # found on texts outside the repository: text-spacing-trim in lines placed in visual order
    # (direction: rtl, an isolate) and across a coloured span; keep-all across an isolate
    for width in (200, 281):
        out.append(sp(f"chinese_rtl_trim_w{width}", "\u300c\u4f60\u597d\u55ce\uff1f\u300d\u5979\u554f\u9053\u3002\u300e\u5f88\u597d\uff0c\u8b1d\u8b1d\uff01\u300f\u4ed6\u56de\u7b54\u3002\u9019\u672c\u66f8\u5171\u6709\uff11\uff12\u7ae0\u3002", families,
                      width=width, size=28, lang="zh-Hant", direction="rtl"))
    iso = span("\u30bf\u30fc\u30b5\u30a4\u30a8\u30f3\u30b9\u306e\u57fa", letterSpacing="1px")
    iso["props"]["dir"] = "rtl"
    out.append(sp("japanese_isolate_end_trim", ["\u30b3\u30f3\u30d4\u30e5\u30fc", iso, "\u790e\u3092\u5b66\u3076\u305f\u3081", span("\u306e\u300c\u5165\u9580\u8b1b\u5ea7\u300d\u304c\u3001", fontWeight=700),
                                                 "\u30aa\u30f3\u30e9\u30a4\u30f3\u3067\u53d7\u8b1b\u3067\u304d\u307e\u3059\uff08\u7121\u6599\uff09\u3002"], families, width=204, size=15, lang="ja"))
    for width in (200, 327):
        out.append(sp(f"japanese_trim_color_span_w{width}", ["\u30aa\u30f3\u30e9\u30a4\u30f3\u3067\u53d7\u8b1b\u3067\u304d\u307e\u3059", span("\uff08\u7121", color="#c00"), "\u6599\uff09\u3002",
                                                              span("\u300c\u5165\u9580\u300d", color="#06c"), "\u3001\u8b1b\u5ea7\u3067\u3059\u3002"],
                      families, width=width, size=18))
    for width in (170, 255):
        iso = span("\u3055\u3044\u3002", backgroundColor="#fd0", padding="0 3px")
        iso["props"]["dir"] = "rtl"
        out.append(sp(f"japanese_keep_all_isolate_w{width}", ["\u300e\u3044\u3044\u3048\u300f\u3092\u9078\u3093\u3067\u304f\u3060", iso, "\u6b21\u3078\u9032\u307f\u307e\u3059\u3002"], families,
                      width=width, size=28, lang="ja", wordBreak="keep-all"))
    # line-break: strict breaks around quotation marks as ICU's root rules do whatever the language (Chromium's
    # ICU data has no strict rules for zh / ja); normal breaks between them and ideographs in zh and ja
    quotes = "\u53e5\u53f7\u548c\u5f15\u53f7\u201c\u201d\uff0c\u4e0d\u5e94\u51fa\u73b0\u3002\u5f15\u53f7\u201cx\u201d\u548c\u201c\u5f15\u201d\u53f7"
    for lb in ("normal", "strict"):
        for lang in ("zh-Hans", "ja"):
            out.append(sp(f"line_break_{lb}_quotes_{lang.replace('-', '_').lower()}", quotes, families, width=1, size=16,
                          lang=lang, lineBreak=lb))
    # a line ending with the first character of an element with a start edge (border and padding)
    out.append(sp("japanese_line_ends_at_span_start", ["\u3010\u91cd", "\u8981\u3011\u30b7\u30b9\u30c6\u30e0\u30e1\u30f3\u30c6\u30ca\u30f3\u30b9\u306e\u304a\u77e5\u3089", span(
        "\u305b\uff083\u670815\u65e5 2:00\u301c5:", borderLeft="2px solid #06c", paddingRight=4), "00\uff09"], families, width=93, size=20,
        lang="ja", textAlign="right", overflowWrap="anywhere"))
    # fitting a line as Blink sums it: each fragment (an element's text) rounded up to a LayoutUnit, with
    # Blink's advances (1000-unit ideographs are 16.00003 px at 16 px): 8 ideographs across spans do not
    # fit in 128 px (in one text they do), nor with a letter-spaced span in 130 px
    bar = "\uff5c\u5fd8\u8bb0\u5bc6\u7801\uff1f\uff5c\u8054\u7cfb\u5ba2\u670d\uff1a400-123-4567"
    for width in (128, 129):
        out.append(sp(f"chinese_fit_fragments_w{width}", ["\u767b", span("\u5f55\uff5c", color="#c00"), "\u6ce8\u518c", bar], families,
                      width=width, size=16, lang="zh-Hans"))
    out.append(sp("chinese_fit_one_text_w128", ["\u767b\u5f55\uff5c\u6ce8\u518c" + bar], families, width=128, size=16, lang="zh-Hans"))
    for width in (130, 131):
        out.append(sp(f"chinese_fit_spaced_span_w{width}", ["\u767b", span("\u5f55\uff5c", letterSpacing="1px"), "\u6ce8\u518c", bar], families,
                      width=width, size=16, lang="zh-Hans", direction="rtl"))
    # an element's box over a full line whose closing bracket is halved at its end
    notice = "\u203b\u3054\u6ce8\u6587\u306e\u78ba\u5b9a\u5f8c\u3001\u30ad\u30e3\u30f3\u30bb\u30eb\u306f\u3067\u304d\u307e\u305b\u3093\u3002\u8a73\u7d30\u306f\u300c\u3088\u304f\u3042\u308b\u8cea\u554f\u300d\u3092\u3054\u78ba\u8a8d\u304f\u3060\u3055\u3044\u3002"
    out.append(sp("japanese_span_over_trimmed_end", [span(notice[:10], span(notice[10:30], fontSize=22, color="#c00"),
                                                          notice[30:], backgroundColor="#fd0", paddingRight=5,
                                                          borderLeft="2px solid #06c"), " ok"],
                  families, width=230, size=20, lang="ja", textAlign="end"))
    return out
