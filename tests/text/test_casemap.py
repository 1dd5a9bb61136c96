"""text-transform by language (ogrender.text.casemap): expected strings are Chromium 156's innerText of
the same text under the same text-transform and lang (measured with tools/text_fixtures.py's page; the
``transform`` conformance suite checks the same in full paragraphs)."""

import pytest

from ogrender.text import casemap
from ogrender.text.paragraph import _transform

CHROMIUM = [  # lang, transform, text, Chromium's innerText
    ("tr", "uppercase", "istanbul ıi İI", "İSTANBUL Iİ İI"),
    ("tr", "lowercase", "istanbul ıi İI", "istanbul ıi iı"),
    ("tr", "lowercase", "I\u0307stanbul DİYARBAKIR", "istanbul diyarbakır"),
    ("tr", "capitalize", "istanbul ıi İI", "Istanbul Ii İI"),
    ("az", "uppercase", "Iİiı", "IİİI"),
    ("lt", "uppercase", "i\u0307 Į\u0307 j\u0307 ì", "I Į\u0307 J Ì"),
    ("lt", "lowercase", "Ì Í Ĩ I J Į Į\u0303", "i\u0307\u0300 i\u0307\u0301 i\u0307\u0303 i j į į\u0307\u0303"),
    ("el", "uppercase", "άέήίόύώ ΐ ΰ Άλφα ήταν ϊ", "ΑΕΗΪΟΫΩ Ϊ Ϋ ΑΛΦΑ ΗΤΑΝ Ϊ"),
    ("el-GR", "uppercase", "καλημέρα ή", "ΚΑΛΗΜΕΡΑ Ή"),
    ("el", "uppercase", "Μάιος άυλος προϋπόθεση ευφυΐα Ἀθῆναι ᾠδή ᾳ ῼ Ὀδυσσεύς ή, (ή) αή ή. ΆΪ ἤ Ήλιος",
     "ΜΑΪΟΣ ΑΫΛΟΣ ΠΡΟΫΠΟΘΕΣΗ ΕΥΦΥΪΑ ΑΘΗΝΑΙ ΩΙΔΗ ΑΙ ΩΙ ΟΔΥΣΣΕΥΣ Ή, (Ή) ΑΗ Ή. ΑΪ Ή ΗΛΙΟΣ"),
    ("el", "capitalize", "άι ᾳ ή", "Άι ᾼ Ή"),
    ("", "uppercase", "άέή", "ΆΈΉ"),
    ("nl", "capitalize", "ijsland IJsland", "Ijsland IJsland"),
    ("de", "uppercase", "straße ß groß", "STRASSE SS GROSS"),
    ("de", "capitalize", "straße ß groß", "Straße ß Groß"),
    ("en", "uppercase", "ß ŉ ﬁ ǆ", "SS ʼN FI Ǆ"),
    ("en", "capitalize", "ß ŉ ﬁ ǆ", "ß ŉ ﬁ ǅ"),
    ("hy", "uppercase", "և", "ԵՒ"),
    ("hy", "capitalize", "և", "և"),
    # where words start: ICU's word segmentation, and Chromium's ends words at . and : too
    ("en", "capitalize", "don't self-made 3rd l'avion x.y.z foo_bar a:b a/b «quoted» o'neil nine·ten",
     "Don't Self-Made 3rd L'avion X.Y.Z Foo_bar A:B A/B «Quoted» O'neil Nine·ten"),
    ("en", "capitalize", "hello\u00adworld eight‘s x\u200by zero\u200dwidth a\u00a0b",
     "Hello\u00adworld Eight‘s X\u200bY Zero\u200dwidth A\u00a0B"),
]


@pytest.mark.parametrize("lang, mode, text, expected", CHROMIUM)
def test_case_mapping_as_chromium(lang, mode, text, expected):
    assert _transform(text, mode, " ", lang or None) == expected


def test_language_subtag():
    assert casemap.language("tr-TR") == "tr"
    assert casemap.language("EL_gr") == "el"
    assert casemap.language(None) == ""


def test_capitalize_continues_a_word_across_items():
    # the character before the item decides whether its first letter starts a word
    assert casemap.capitalize("orld", "w") == "orld"
    assert casemap.capitalize("orld", " ") == "Orld"


from hypothesis import given, strategies as st  # noqa: E402


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
       st.sampled_from([None, "el", "lt", "tr", "az", "de", "nl"]), st.sampled_from(["uppercase", "lowercase", "capitalize"]))
def test_any_text_maps(text, lang, mode):
    out = _transform(text, mode, " ", lang)
    assert isinstance(out, str)
    if text.isascii() and lang not in ("tr", "az"):  # the language rules touch no ASCII but i and I in Turkic
        assert out == {"uppercase": text.upper(), "lowercase": text.lower()}.get(mode, out)
