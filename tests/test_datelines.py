"""The dateline rule (extract/datelines.py) that the actor finder, the subject, date and relation
rules share."""
import pytest
import spacy

from extract.datelines import dateline_at, datelines


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize(
    "text, place, wire, opening",
    [
        ("BEIJING, March 4 (Reuters) - China's central bank said", "BEIJING", "Reuters", "BEIJING, March 4 (Reuters) - "),
        ("SHENZHEN, China, March 4, 2024 /PRNewswire/ -- Qilin Data today announced", "SHENZHEN", "PRNewswire",
         "SHENZHEN, China, March 4, 2024 /PRNewswire/ -- "),
        ("HANGZHOU (APN) - China's courts barred", "HANGZHOU", "APN", "HANGZHOU (APN) - "),
        ("BEIJING, Jan. 9 (Reuters) - Regulators said", "BEIJING", "Reuters", "BEIJING, Jan. 9 (Reuters) - "),
        ("HONG KONG — Ant Group's listing was halted", "HONG KONG", None, "HONG KONG — "),
        ("HONG KONG/SHANGHAI, Sept 3 (Reuters) - China's central bank", "HONG KONG/SHANGHAI", "Reuters",
         "HONG KONG/SHANGHAI, Sept 3 (Reuters) - "),
        ("Courts blacklist debtors\n\nRONGCHENG, Shandong, Jan 9 – Residents start with", "RONGCHENG", None,
         "RONGCHENG, Shandong, Jan 9 – "),
    ],
)
def test_a_dateline_opens_its_line(blank, text, place, wire, opening):
    doc = blank(text)
    (found,) = datelines(doc)
    assert text[found.start:found.end] == opening
    assert text[found.start:found.place_end] == place
    assert (text[found.wire[0]:found.wire[1]] if found.wire else None) == wire


@pytest.mark.parametrize(
    "text",
    [
        "US-China talks - a timeline of the trade war",  # capitals joined to a word by a hyphen
        "Beijing - the capital - leads the pilot",  # a place not in capitals
        "The court said on Monday that BEIJING - not Shanghai - would host it",  # not at a line's start
        "KEY FINDINGS. The bureau - which Ant owns - said",  # a sentence ends before the dash
        "SESAME CREDIT: scores run from 350 to 950 - higher is better",  # a label, not a place
    ],
)
def test_no_dateline(blank, text):
    assert datelines(blank(text)) == []


def test_the_parts_of_a_dateline(blank):
    text = "BEIJING, March 4 (Reuters) - Alipay said"
    found = dateline_at(blank(text), 0)
    assert found.in_place(0, len("BEIJING"))
    assert found.after_place(text.index("March"), text.index("4") + 1)  # its date is the document's
    assert found.in_wire(text.index("Reuters"), text.index("Reuters") + len("Reuters"))
    assert not found.in_wire(0, len("BEIJING"))
    assert dateline_at(blank(text), text.index("Alipay")) is None
