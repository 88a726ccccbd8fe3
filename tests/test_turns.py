"""Speaker turns of interviews and transcripts (extract/turns.py): which labelled lines are
turns, what the sentence splitter and the attributor make of them."""
import pytest

from extract.nlp import analyse
from extract.turns import ANSWER, QUESTION, question_turns, speaker_turns

INTERVIEW = (
    "Lena Fischer is a sociologist at Norvik University.\n\n"
    "Fintech Weekly: How many people have these scores?\n\n"
    "Lena Fischer: Fewer than you think. About 40% of the people we met knew their score.\n\n"
    "Fintech Weekly: And the perks?\n\n"
    "Lena Fischer: Alipay told us that 300 million users had opened Sesame Credit. "
    "Users above 700 points can rent bikes without a deposit.\n\n"
    "About the author: Tom Reyes covers fintech. He has visited 12 provinces for his reporting on credit scores.\n"
)

TRANSCRIPT = (
    "[00:00:05] HOST: Welcome back to the show.\n"
    "[00:00:09] Wei Ling: Thanks. Sesame Credit now has 450 million users.\n"
    "[00:01:30] HOST: That many?\n"
    "[00:01:33] Wei Ling: Give or take.\n"
)


def test_labels_that_go_back_and_forth_are_turns():
    turns = speaker_turns(INTERVIEW)
    assert [t.speaker for t in turns] == ["Fintech Weekly", "Lena Fischer"] * 2
    first = turns[1]
    assert INTERVIEW[first.name_start:first.name_end] == "Lena Fischer"
    assert INTERVIEW[first.start:first.end] == "Fewer than you think. About 40% of the people we met knew their score."


def test_a_transcript_s_timestamps_are_no_part_of_the_label():
    assert [t.speaker for t in speaker_turns(TRANSCRIPT)] == ["HOST", "Wei Ling"] * 2


@pytest.mark.parametrize("text", [
    "[00:00:04] HOST (MAYA CHEN): Welcome.\n[00:00:15] TOM BARKER: Thanks.\n[00:00:18] MAYA CHEN: How big is it?\n"
    "[00:00:22] TOM BARKER: Big.\n",
    "Maya Chen (host): Welcome.\nTom Barker: Thanks.\nMaya Chen (host): How big is it?\nTom Barker: Big.\n",
])
def test_a_label_s_role_in_or_before_brackets_is_no_speaker(text):
    assert [t.speaker.title() for t in speaker_turns(text)] == ["Maya Chen", "Tom Barker"] * 2


def test_a_role_before_a_bracketed_name_is_no_actor(nlp):
    doc = analyse(nlp, "[00:00:04] HOST (MAYA CHEN): Welcome to the show.\n[00:00:15] TOM BARKER: Thanks. We counted "
                       "27 cities.\n[00:00:18] MAYA CHEN: So many?\n[00:00:22] TOM BARKER: Yes.\n")
    assert not any(s.text == "HOST" for s in doc.spans["actors"])
    assert {s.id_ for s in doc.spans["actors"] if s.text == "MAYA CHEN"} == {"person:maya-chen"}


@pytest.mark.parametrize("text", [
    # a note and a heading open lines with a colon, but nobody speaks
    "Update: Ant replied on Monday.\nSesame Credit: a primer\nAlipay has 520 million users.\n",
    # one line each: no exchange
    "Alice Wong: first.\nBen Li: second.\nCara Zhou: third.\n",
    # notes never speak, however often they come
    "Note: one.\nNote: two.\nNote: three.\n",
    # a newsletter's items end with their link: a field, not a speaker
    "Ant cut fees.\n\nLink: https://news.example.net/r/1\n\nTencent hired.\n\nLink: https://news.example.net/r/2\n\n"
    "Baihang grew.\n\nLink: www.example.net/r/3\n\nMail: desk@example.net\n",
    # a myth-buster's items: their labels open a line each, and nobody speaks
    "Myth 1: Everyone has a score.\nReality: There is no national score.\n\nMyth 2: Sesame Credit is the state's.\n"
    "Reality: It is Ant's product.\n\nMyth 3: Jaywalkers lose points.\nReality: No city does this.\n",
    "Claim: Tencent rates your friends.\nVerdict: False.\n\nClaim: Baihang has 500 million files.\n"
    "Verdict: Misleading.\n\nClaim: Fuzhou dropped its score.\nVerdict: True.\n",
])
def test_lines_that_do_not_go_back_and_forth_are_no_turns(text):
    assert speaker_turns(text) == []


def test_a_label_is_a_sentence_of_its_own(nlp):
    doc = analyse(nlp, INTERVIEW)
    sentences = [s.text.strip() for s in doc.sents]
    assert "Lena Fischer:" in sentences
    assert "Fewer than you think." in sentences


def test_what_a_speaker_says_in_their_turn_is_credited_to_them(nlp):
    doc = analyse(nlp, INTERVIEW)
    credited = {doc.text[c.phrase_start:c.phrase_end]: c.attributed_to for c in doc._.claims if c.kind == "figure"}
    assert credited == {
        "About 40% of the people": "Lena Fischer",
        "300 million users": "Alipay",  # a credit the sentence gives wins over the speaker's
        "above 700 points": "Lena Fischer",
        "12 provinces": None,  # the author's bio after the last answer is not the speaker's
    }


def test_the_first_person_in_a_turn_is_the_speaker(nlp):
    doc = analyse(nlp, "Host: Welcome.\n\nZhou Min: Thanks. We have 3,000 clients in Hangzhou.\n\n"
                       "Host: And you?\n\nZhou Min: I was fined 5,000 yuan in 2019.\n")
    subjects = {doc.text[c.phrase_start:c.phrase_end]: c.subject for c in doc._.claims if c.kind == "figure"}
    assert subjects == {"3,000 clients": "Zhou Min", "5,000 yuan": "Zhou Min"}


def test_every_speaker_is_an_actor(nlp):
    doc = analyse(nlp, "[00:00:05] HOST: Welcome back.\n[00:00:09] WEI LING: Thanks. Sesame Credit has 450 million users.\n"
                       "[00:01:30] HOST: That many?\n[00:01:33] WEI LING: Give or take, it has 400 million.\n")
    speakers = {(s.text, s.id_, s.label_) for s in doc.spans["actors"] if s.text == "WEI LING"}
    assert speakers == {("WEI LING", "person:wei-ling", "person")}
    assert {c.attributed_to for c in doc._.claims if c.kind == "figure"} == {"Wei Ling"}
    assert not any(s.text == "HOST" for s in doc.spans["actors"])  # a role names nobody


# --- hearings: printed records, select committees ---------------------------------------------

HEARING_RECORD = (
    "    Chair Smith. The hearing will come to order.\n"
    "    Mr. Zhao. Thank you, Mr. Chairman.\n"
    "    Baihang Credit is owned 36 percent by the National Internet Finance Association.\n"
    "    In our survey of 2,100 borrowers, 41 percent said a landlord had used their score.\n"
    "    Chair Smith. When?\n"
    "    Mr. Zhao. In 2021.\n"
    "    Mr. Nunn. Mr. Zhao, how many people are on the list today?\n"
    "    Mr. Zhao. About 8.5 million.\n"
    "    Chair Smith. The hearing is adjourned.\n"
    "    [Whereupon, at 11:47 a.m., the hearing was adjourned.]\n"
)


def test_a_printed_hearing_s_labels_end_with_a_full_stop():
    turns = speaker_turns(HEARING_RECORD)
    assert [t.speaker for t in turns] == ["Chair Smith", "Mr. Zhao", "Chair Smith", "Mr. Zhao", "Mr. Nunn",
                                          "Mr. Zhao", "Chair Smith"]
    assert HEARING_RECORD[turns[3].start:turns[3].end] == "In 2021."


@pytest.mark.parametrize("text", [
    # a title opens the line, but the name goes on into a sentence: no label
    "Senator Merkley asked about Rongcheng.\nMr. Zhao said 8 percent.\nSenator Merkley thanked him.\n"
    "Mr. Zhao left.\n",
    # a full stop after a name without a title is a sentence's end
    "Wang Wei. A reporter.\nLi Na. A lawyer.\nWang Wei. A reporter again.\nLi Na. A lawyer again.\n",
])
def test_names_and_full_stops_without_a_speaker_s_title_are_no_turns(text):
    assert speaker_turns(text) == []


def test_a_statement_of_several_paragraphs_is_the_speaker_s_turn():
    turns = speaker_turns(HEARING_RECORD)
    statement = HEARING_RECORD[turns[1].start:turns[1].end]
    assert statement.startswith("Thank you, Mr. Chairman.") and statement.endswith("used their score.")
    last = turns[-1]
    assert HEARING_RECORD[last.start:last.end] == "The hearing is adjourned."  # the closing note is nobody's


def test_a_committee_s_question_numbers_are_no_part_of_the_label():
    text = ("Q1    Chair: Is there a score for every citizen?\n"
            "Professor Marsh: No.\n"
            "Q2    Bob Seely: What happens to someone who is blacklisted?\n"
            "Professor Marsh: They cannot fly.\n"
            "Bob Seely: Voluntarily?\n"
            "Q3    Chair: Thank you.\n")
    assert [t.speaker for t in speaker_turns(text)] == ["Chair", "Professor Marsh", "Bob Seely", "Professor Marsh",
                                                       "Bob Seely", "Chair"]


def test_a_member_who_asks_once_between_turns_is_a_speaker():
    text = ("Chair: Welcome.\nDr Lin: Thanks.\nHenry Smith: And the companies?\nDr Lin: Firms are scored too.\n"
            "Background: the NDRC runs Credit China.\nChair: Thank you.\n")
    assert [t.speaker for t in speaker_turns(text)] == ["Chair", "Dr Lin", "Henry Smith", "Dr Lin", "Chair"]


def test_a_title_repeated_on_a_cover_page_is_no_speaker():
    text = ("CHINA'S SOCIAL CREDIT SYSTEM: SURVEILLANCE AND BLACKLISTS\n"
            "Printed for the use of the Commission\n"
            "CHINA'S SOCIAL CREDIT SYSTEM: SURVEILLANCE AND BLACKLISTS\n"
            "    Chair Smith. The hearing will come to order.\n"
            "    Mr. Zhao. Thank you.\n    Chair Smith. When?\n    Mr. Zhao. In 2021.\n")
    assert {t.speaker for t in speaker_turns(text)} == {"Chair Smith", "Mr. Zhao"}


def test_a_witness_s_statement_is_credited_to_the_witness(nlp):
    doc = analyse(nlp, HEARING_RECORD.replace("    ", ""))
    credited = {doc.text[c.phrase_start:c.phrase_end]: c.attributed_to for c in doc._.claims if c.kind == "figure"}
    assert credited.get("41 percent") == "Mr. Zhao"  # the second paragraph of his statement
    assert credited.get("36 percent") == "Mr. Zhao"


# --- parliamentary debates: a member's name, seat and party on a line of their own ------------

DEBATE_RECORD = (
    "Credit Scoring in China\n"
    "Volume 655: debated on Tuesday 12 March 2019\n\n"
    "Ms Harriet Quayle (Ashfield Vale) (Lab)\n"
    "I beg to move, That this House has considered credit scoring in China. "
    "Sesame Credit now rates more than 500 million people.\n\n"
    "Column 88WH\n\n"
    "Tom Raikes (Dunmore) (Con)\n"
    "Will the hon. Lady give way?\n\n"
    "Ms Quayle\n"
    "I will. Courts have listed some 13 million debtors.\n\n"
    "The Minister for Trade Policy (Gareth Lowe)\n"
    "We estimate that 40 British firms hold a corporate credit rating in China.\n\n"
    "Question put and agreed to.\n"
)


def test_a_debate_s_members_and_ministers_are_speakers():
    turns = speaker_turns(DEBATE_RECORD)
    assert [t.speaker for t in turns] == ["Ms Harriet Quayle", "Tom Raikes", "Ms Quayle", "Gareth Lowe"]
    assert DEBATE_RECORD[turns[1].start:turns[1].end] == "Will the hon. Lady give way?"


@pytest.mark.parametrize("text", [
    # a glossary's terms with their Chinese names in brackets are no members
    "Sesame Credit (Zhima Credit)\nAnt's score.\n\nBaihang Credit (Baihang Zhengxin)\nThe licensed bureau.\n\n"
    "Credit China (Xinyong Zhongguo)\nThe state's portal.\n",
    # bodies with their acronyms on lines of their own
    "The People's Bank of China (PBOC)\nThe central bank.\n\nThe State Council (SC)\nThe cabinet.\n\n"
    "The Supreme People's Court (SPC)\nThe top court.\n",
])
def test_names_with_brackets_that_give_no_party_or_office_holder_are_no_turns(text):
    assert speaker_turns(text) == []


def test_a_debate_s_speeches_are_credited_to_the_members(nlp):
    doc = analyse(nlp, DEBATE_RECORD)
    credited = {doc.text[c.phrase_start:c.phrase_end]: c.attributed_to for c in doc._.claims if c.kind == "figure"}
    assert credited.get("more than 500 million people") == "Ms Harriet Quayle"
    assert credited.get("40 British firms") == "Gareth Lowe"


# --- interviews whose questions are paragraphs of their own, or labelled "Q:" and "A:" --------

UNLABELLED_INTERVIEW = (
    "“Scores follow people around”: a conversation with Liu Hanwen\n\n"
    "Liu Hanwen is a sociologist at Zhejiang University who has studied credit scores in Hangzhou since 2018. "
    "We spoke to her in May. This interview has been edited for length and clarity.\n\n"
    "How many people use Sesame Credit?\n\n"
    "Ant says more than 500 million people have a score. Only about a third of the 120 people I met knew it.\n\n"
    "What does a good score get you?\n\n"
    "Mostly convenience. With 650 points you can rent a bicycle without a deposit.\n\n"
    "And a bad score?\n\n"
    "Very little, directly. People on the court's blacklist are barred from buying plane tickets.\n\n"
    "Clara Voss is a staff writer. She has reported from 14 provinces.\n"
)

LABELLED_INTERVIEW = (
    "Q&A: Liu Hanwen on living with credit scores\n\n"
    "Liu Hanwen, a sociologist at Zhejiang University, has studied credit scores in Hangzhou since 2018.\n\n"
    "Q: How many people use Sesame Credit?\n\n"
    "A: Ant says more than 500 million people have a score. Only about a third of the 120 people I met knew it.\n\n"
    "Q: What does a good score get you?\n\n"
    "A: Mostly convenience. With 650 points you can rent a bicycle without a deposit.\n\n"
    "Q: And a bad score?\n\n"
    "A: Very little, directly. People on the court's blacklist are barred from buying plane tickets.\n"
)


def test_questions_in_paragraphs_of_their_own_make_an_interview_s_turns():
    turns = question_turns(UNLABELLED_INTERVIEW)
    assert [t.speaker for t in turns] == [QUESTION, ANSWER] * 3
    assert [UNLABELLED_INTERVIEW[t.start:t.end] for t in turns[:2]] == [
        "How many people use Sesame Credit?",
        "Ant says more than 500 million people have a score. Only about a third of the 120 people I met knew it."]
    assert UNLABELLED_INTERVIEW[turns[-1].start:turns[-1].end].endswith("plane tickets.")  # not the bio after it


@pytest.mark.parametrize("text", [
    # an explainer's questions are its author's: nothing says it is an interview
    "What China's social credit system is, and is not\n\nEconomist Jane Roe has written about it for years.\n\n"
    "What is it?\n\nA set of lists and ratings.\n\nWho runs it?\n\nThe NDRC and the central bank.\n\n"
    "Does it score people?\n\nMostly not.\n",
    # "in an interview with" is how news reports a source, not an interview's form
    "Regulators tighten rules\n\nIn an interview with Reuters, Jane Roe said the rules were overdue.\n\n"
    "What changes?\n\nFirms need licences.\n\nWhen?\n\nFrom May.\n\nWho checks?\n\nThe central bank.\n",
    # questions asked one after another, none answered
    "A conversation with Jane Roe\n\nWho decides?\n\nWho checks?\n\nWho appeals?\n",
], ids=["explainer", "news-interview-idiom", "unanswered"])
def test_questions_that_are_no_interview_s_are_no_turns(text):
    assert question_turns(text) == []


@pytest.mark.parametrize("text", [UNLABELLED_INTERVIEW, LABELLED_INTERVIEW], ids=["unlabelled", "q-and-a-labels"])
def test_an_interview_s_answers_are_credited_to_the_person_its_opening_introduces(nlp, text):
    doc = analyse(nlp, text, authors=["Clara Voss"])
    credited = {doc.text[c.phrase_start:c.phrase_end]: c.attributed_to for c in doc._.claims
                if c.kind in ("figure", "penalty")}
    assert credited["more than 500 million people"] == "Ant Financial"  # a credit the sentence gives wins
    assert credited["650 points"] == credited["barred from buying plane tickets"] == "Liu Hanwen"
    assert credited.get("14 provinces") is None  # the author's bio after the last answer is hers


def test_an_interview_s_author_is_not_its_interviewee(nlp):
    text = "By Clara Voss\n\n" + UNLABELLED_INTERVIEW.replace(
        "We spoke to her in May.", "Clara Voss spoke to her in May.")  # the author named first, as often as Liu
    doc = analyse(nlp, text, authors=["Clara Voss"])
    assert {c.attributed_to for c in doc._.claims if doc.text[c.phrase_start:c.phrase_end] == "650 points"} \
        == {"Liu Hanwen"}


#: A transcript site's page: participants under headings, each turn under a line with its speaker's name.
CALL_PAGE = (
    "Company Participants\n"
    "Liu Qing - Chief Executive Officer\n"
    "Zhang Wei - Chief Financial Officer\n\n"
    "Conference Call Participants\n"
    "Tom Baker - Goldman Sachs\n\n"
    "Operator\n"
    "Good morning, and welcome to the call.\n\n"
    "Liu Qing\n"
    "Thank you. Our active borrowers grew to 12.4 million.\n\n"
    "Operator\n"
    "Our first question comes from Tom Baker.\n\n"
    "Tom Baker\n"
    "How is the new regime affecting you?\n\n"
    "Zhang Wei\n"
    "We now get all our data from Baihang Credit.\n\n"
    "Liu Qing\n"
    "And approvals held steady.\n")


@pytest.mark.parametrize("text, speakers", [
    (CALL_PAGE, ["Operator", "Liu Qing", "Operator", "Tom Baker", "Zhang Wei", "Liu Qing"]),
    # a name alone on a line that no list of participants gives is a heading, not a speaker
    (CALL_PAGE.replace("Company Participants", "Company Officers").replace("Conference Call Participants", "Guests"),
     []),
])
def test_a_transcript_site_s_name_lines_are_turns_of_its_participants(text, speakers):
    assert [t.speaker for t in speaker_turns(text)] == speakers


def test_a_transcript_s_participants_say_who_speaks_for_the_company():
    from extract.turns import participants

    assert participants(CALL_PAGE) == [("Liu Qing", True), ("Zhang Wei", True), ("Tom Baker", False)]
    # a cleaned page keeps a blank line between the list's lines
    assert participants(CALL_PAGE.replace("\n", "\n\n")) == participants(CALL_PAGE)


def test_a_transcript_s_list_of_participants_is_no_furniture():
    from extract.clean import clean_capture

    text = ("Beiming Finance (BMF) Q2 2022 Earnings Call Transcript\n\n" + CALL_PAGE
            + "\nCopyright 2022 Transcripts Inc. All rights reserved.\n")
    assert "Liu Qing - Chief Executive Officer" in clean_capture(text).text
