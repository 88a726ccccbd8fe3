"""A synthetic corpus for benchmarks: N text captures of news pages about credit scoring in China.

    python benchmarks/generate.py OUT_DIR [--docs 1000] [--large] [--seed 1]

writes OUT_DIR/sources/NNNNN-headline-words.txt. Every page is written from the templates and
vocabularies of benchmarks/templates.yaml and the actors of corpus/actors.yaml: page furniture
(menus, cookie notice, share buttons, newsletter box, related stories, footer), a headline, a
byline with a dateline (the publication date), and an article whose paragraphs mix figures,
dated events (absolute and relative), perks, penalties, relations between actors and
attributions, in many sentence shapes combined at random.

The text is invented: it exists to time the pipeline at scale and must never be cited or loaded
into the public knowledge base.

Deterministic: a page depends only on the seed and its number (page 7 is the same in a corpus of
10 and of 10,000), so a corpus of N pages is the first N pages of a larger one.
"""
from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import click
import yaml

BENCHMARKS = Path(__file__).resolve().parent
TEMPLATES = BENCHMARKS / "templates.yaml"
GAZETTEER = BENCHMARKS.parent / "corpus" / "actors.yaml"
DEFAULT_DOCS = 1_000
LARGE_DOCS = 10_000
DEFAULT_SEED = 1
#: A template whose slots keep producing more slots is a mistake in templates.yaml.
MAX_DEPTH = 4
#: Tries at finding a template the document can fill and has not used yet.
MAX_TRIES = 20
SLOT = re.compile(r"\{(\w+)\}")
ABBREVIATION = re.compile(r"^[A-Z]{2,6}$")
LATIN = re.compile(r"^[A-Za-z][A-Za-z .&'’-]+$")
CLAIM_SECTIONS = ("figures", "perks", "penalties", "relations", "history")


class GeneratorError(Exception):
    """The templates or the gazetteer cannot be used; `str()` is one line for people."""


class Unfillable(Exception):
    """This document has nothing to put in a slot (a state scheme has no operator)."""


# --- the actors --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()


class Cast:
    """The gazetteer's actors, and how a page names them."""

    def __init__(self, actors: list[Actor], definite_types: list[str]):
        self.by_id = {actor.id: actor for actor in actors}
        self.definite_types = set(definite_types)

    @classmethod
    def load(cls, path: Path, definite_types: list[str]) -> "Cast":
        try:
            entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as error:
            raise GeneratorError(f"{path}: cannot read the gazetteer ({error})") from None
        actors = [Actor(e["id"], e["name"], e["type"], tuple(e.get("aliases") or ()), tuple(e.get("part_of") or ()))
                  for e in entries]
        return cls(actors, definite_types)

    def get(self, actor_id: str) -> Actor:
        try:
            return self.by_id[actor_id]
        except KeyError:
            raise GeneratorError(f"templates.yaml names actor {actor_id!r}, which {GAZETTEER.name} lacks") from None

    def parent(self, actor: Actor | None) -> Actor | None:
        return self.by_id.get(actor.part_of[0]) if actor and actor.part_of else None

    def links(self, types: set[str]) -> list[tuple[Actor, Actor]]:
        """(part, whole) pairs of the gazetteer whose both ends have one of `types`."""
        pairs = []
        for actor in self.by_id.values():
            for whole_id in actor.part_of:
                whole = self.by_id.get(whole_id)
                if whole and actor.type in types and whole.type in types:
                    pairs.append((actor, whole))
        return sorted(pairs, key=lambda pair: (pair[0].id, pair[1].id))

    def of_type(self, *types: str) -> list[Actor]:
        return sorted((a for a in self.by_id.values() if a.type in types), key=lambda a: a.id)

    def name(self, actor: Actor, rng: random.Random, alias_rate: float = 0.0) -> str:
        """The actor as running text names it: canonical name or a Latin-script alias, with
        "the" where English puts it ("the State Council", "the Mercator Institute for ...")."""
        name = actor.name
        aliases = [a for a in actor.aliases if LATIN.match(a) and not ABBREVIATION.match(a)]
        if aliases and rng.random() < alias_rate:
            name = rng.choice(aliases)
        if name.startswith("The ") or ABBREVIATION.match(name):
            return name
        if actor.type in self.definite_types or re.search(r" (of|for) ", name):
            return "the " + name
        return name


# --- figures --------------------------------------------------------------------------------------


def round_figure(value: float, scale: str) -> float:
    """A figure as writers round it: two or three significant digits."""
    unit = {"million": 1e6, "billion": 1e9}.get(scale, 1)
    if value >= 1e9 and scale == "million":
        unit = 1e9
    scaled = value / unit
    digits = 1 if scaled < 10 else 0
    return round(scaled, digits) * unit


def write_number(value: float, scale: str, rng: random.Random) -> str:
    """520000000 -> "520 million" (or "520,000,000"); 1200000000 -> "1.2 billion"; 381 -> "381"."""
    if scale == "plain" or value < 1e6:
        return f"{value:,.0f}"
    if rng.random() < 0.15:
        return f"{value:,.0f}"
    for word, unit in (("billion", 1e9), ("million", 1e6)):
        if value >= unit:
            scaled = value / unit
            text = f"{scaled:.1f}".rstrip("0").rstrip(".")
            return f"{text} {word}"
    return f"{value:,.0f}"


# --- one page ---------------------------------------------------------------------------------------


@dataclass
class Page:
    """A generated page: its file name, text and publication date."""

    name: str
    text: str
    published: date
    headline: str


@dataclass
class Writer:
    """Writes one page: the document's own random stream, topic, cast and publication date."""

    templates: dict
    cast: Cast
    facts: dict[tuple[str, str], list[float]]
    rng: random.Random
    published: date = field(init=False)
    system: Actor = field(init=False)
    state: bool = field(init=False)
    publisher: str = field(init=False)
    sentence_slots: dict[str, str] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        first, last = self.templates["published_years"]
        start, end = date(first, 1, 1), date(last, 12, 31)
        self.published = start + timedelta(days=self.rng.randrange((end - start).days + 1))
        self.state = self.rng.random() < self.templates["state_share"]
        ids = self.templates["systems"]["state" if self.state else "commercial"]
        self.system = self.cast.get(self.rng.choice(ids))
        self.publisher = self.rng.choice(self.templates["publishers"])

    # --- filling templates ---

    def fill(self, template: str, depth: int = 0) -> str:
        """The template with every {slot} filled; a slot repeated in one sentence keeps its value."""
        if depth > MAX_DEPTH:
            raise GeneratorError(f"templates.yaml: slots nest deeper than {MAX_DEPTH} levels in {template!r}")

        def value(match: re.Match) -> str:
            name = match.group(1)
            if name not in self.sentence_slots:
                slot = getattr(self, f"slot_{name}", None)
                if slot is None:
                    raise GeneratorError(f"templates.yaml uses the slot {{{name}}}, which generate.py does not have")
                self.sentence_slots[name] = self.fill(slot(), depth + 1)
            return self.sentence_slots[name]

        return SLOT.sub(value, template)

    def line(self, template: str) -> str:
        """One line or sentence: fresh slots, the first letter capitalised."""
        self.sentence_slots = {}
        text = self.fill(template)
        return text[:1].upper() + text[1:]

    def choose(self, templates: list[str], fresh: bool = False) -> str:
        """A line from one of `templates` that this page can fill (and, with `fresh`, has not
        used yet: a page does not repeat a sentence)."""
        for _ in range(MAX_TRIES):
            template = self.rng.choice(templates)
            if fresh and template in self.used:
                continue
            try:
                text = self.line(template)
            except Unfillable:
                continue
            self.used.add(template)
            return text
        raise Unfillable

    def sentence(self, section: str) -> str:
        """A sentence of `section`, sometimes credited to someone when it makes a claim."""
        try:
            text = self.choose(self.templates["sections"][section]["templates"], fresh=True)
        except Unfillable:  # the page has used up what it can say in this section
            return self.choose(self.templates["sections"]["background"]["templates"])
        if section in CLAIM_SECTIONS and self.rng.random() < self.templates["attribution_rate"]:
            text = self.attributed(text)
        return text

    def attributed(self, claim: str) -> str:
        """The claim sentence credited as a whole: "..., according to Reuters." """
        body = claim.rstrip(".")
        if body.endswith(("”", '"', "?", "!")):
            return claim
        first_word = body.split(" ", 1)[0].lower()
        lower = body[:1].lower() + body[1:] if first_word in self.templates["common_openers"] else body
        wrapper = self.rng.choice(self.templates["attributions"])
        self.sentence_slots = {"claim": body, "claim_lower": lower}
        text = self.fill(wrapper)
        return text[:1].upper() + text[1:]

    def pick(self, key: str):
        return self.rng.choice(self.templates[key])

    # --- actors ---

    def _actor(self, actor: Actor | None, alias_rate: float = 0.0) -> str:
        if actor is None:
            raise Unfillable
        return self.cast.name(actor, self.rng, alias_rate)

    def slot_system(self) -> str:
        return self._actor(self.system, alias_rate=0.2)

    def slot_scorename(self) -> str:
        """The name before "score": "a high Sesame Credit score", "a low social credit score"."""
        if self.state:
            return "social credit"
        return self._actor(self.system, alias_rate=0.2)

    def slot_operator(self) -> str:
        return self._actor(self.cast.parent(self.system))

    def slot_parent(self) -> str:
        return self._actor(self.cast.parent(self.cast.parent(self.system)))

    def slot_platform(self) -> str:
        """A platform of the system's owners (Alipay for Sesame Credit), else a big consumer app."""
        owners = {self.system.id}
        actor = self.system
        while (actor := self.cast.parent(actor)) is not None:
            owners.add(actor.id)
        platforms = [a for a in self.cast.of_type("platform") if set(a.part_of) & owners]
        if not platforms:
            platforms = [a for a in self.cast.of_type("platform")
                         if self.cast.parent(a) is not None and self.cast.parent(a).type == "company"]
        return self._actor(self.rng.choice(platforms), alias_rate=0.1)

    def slot_partner(self) -> str:
        return self._actor(self.cast.get(self.pick("partners")))

    def slot_regulator(self) -> str:
        return self._actor(self.cast.get(self.pick("regulators")), alias_rate=0.2)

    def slot_court(self) -> str:
        return self._actor(self.cast.get(self.pick("courts")))

    def slot_outlet(self) -> str:
        return self._actor(self.cast.get(self.pick("outlets")))

    def slot_outlet_domain(self) -> str:
        """An outlet's web address as an inline source: "www.chinanews.com"."""
        domains = [alias for actor in self.cast.of_type("outlet") for alias in actor.aliases
                   if re.fullmatch(r"(www\.)?[a-z0-9-]+\.[a-z.]+", alias)]
        return self.rng.choice(domains) if domains else self.slot_outlet()

    def slot_institution(self) -> str:
        return self._actor(self.cast.get(self.pick("institutions")))

    def _link(self, types: set[str], part_slot: str, whole_slot: str) -> None:
        part, whole = self.rng.choice(self.cast.links(types))
        self.sentence_slots[part_slot] = self._actor(part)
        self.sentence_slots[whole_slot] = self._actor(whole)

    def slot_part(self) -> str:
        self._link({"company", "platform", "product"}, "part", "whole")
        return self.sentence_slots["part"]

    def slot_whole(self) -> str:
        self._link({"company", "platform", "product"}, "part", "whole")
        return self.sentence_slots["whole"]

    def slot_agency(self) -> str:
        self._link({"government"}, "agency", "superior")
        return self.sentence_slots["agency"]

    def slot_superior(self) -> str:
        self._link({"government"}, "agency", "superior")
        return self.sentence_slots["superior"]

    # --- people and places ---

    def _person(self) -> str:
        return f"{self.pick('given_names')} {self.pick('family_names')}"

    slot_journalist = slot_journalist2 = slot_expert = slot_official = slot_resident = _person

    def slot_expert_role(self) -> str:
        return self.pick("expert_roles")

    def slot_official_role(self) -> str:
        return self.pick("official_roles")

    def slot_resident_role(self) -> str:
        return self.pick("resident_roles")

    def slot_city(self) -> str:
        return self.pick("cities")

    def slot_publisher(self) -> str:
        return self.publisher

    # --- figures ---

    def _fact(self, metric: str) -> str:
        """A figure of `metric` about this page's topic: one of the corpus's candidate values,
        with a bound word of its own."""
        spec = self.templates["facts"][metric]
        value = self.rng.choice(self.facts[(self.system.id, metric)])
        bound = self.rng.choice(list(self.templates["bounds"]))
        word = self.rng.choice(self.templates["bounds"][bound])
        number = write_number(value, spec["scale"], self.rng)
        if metric == "investment":
            number = "$" + number
        return f"{word} {number}".strip()

    def slot_users(self) -> str:
        return self._fact("users")

    def slot_cities(self) -> str:
        return self._fact("cities")

    def slot_people(self) -> str:
        return self._fact("people")

    def slot_flights(self) -> str:
        return self._fact("flights")

    def slot_trains(self) -> str:
        return self._fact("trains")

    def slot_transactions(self) -> str:
        return self._fact("transactions")

    def slot_investment(self) -> str:
        return self._fact("investment")

    def slot_percent(self) -> str:
        share = self.rng.randrange(5, 96)
        return self.rng.choice([f"{share} percent", f"{share}%", f"nearly {share} percent", f"about {share}%"])

    def slot_score(self) -> str:
        return str(self.pick("scores"))

    def slot_score_range(self) -> str:
        return self.pick("score_ranges")

    def slot_points(self) -> str:
        return str(self.pick("points"))

    def slot_companies(self) -> str:
        return str(self.pick("company_counts"))

    def slot_duration(self) -> str:
        return self.pick("durations")

    def slot_money(self) -> str:
        yuan = self.rng.choice([99, 200, 299, 500, 1000, 2000, 5000, 10000, 50000])
        return self.rng.choice([f"{yuan:,} yuan", f"{yuan:,} yuan", f"¥{yuan:,}"])

    def slot_money_with_usd(self) -> str:
        yuan = self.rng.choice([1000, 2000, 5000, 10000, 50000, 100000])
        return f"{yuan:,} yuan (${round(yuan / 7, -1):,.0f})"

    def slot_n_small(self) -> str:
        return str(self.rng.randrange(2, 13))

    def slot_n_photos(self) -> str:
        return str(self.rng.randrange(13, 20))

    # --- perks and penalties ---

    def _listed(self, key: str, low: int, high: int) -> str:
        items = self.rng.sample(self.templates[key], self.rng.randrange(low, high + 1))
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]

    def slot_perk(self) -> str:
        return self.pick("perks")

    slot_perk2 = slot_perk

    def slot_perks(self) -> str:
        return self._listed("perks", 2, 4)

    def slot_perk_action(self) -> str:
        return self.pick("perk_actions")

    def slot_penalty_action(self) -> str:
        return self.pick("penalty_actions")

    slot_penalty_action2 = slot_penalty_action

    def slot_penalty_actions(self) -> str:
        return self._listed("penalty_actions", 2, 3)

    def slot_penalty_base(self) -> str:
        return self.pick("penalty_bases")

    slot_penalty_base2 = slot_penalty_base

    def slot_penalty_np(self) -> str:
        return self.pick("penalty_nps")

    # --- dates, all relative to the publication date ---

    def slot_year_past(self) -> str:
        year = self.published.year
        return str(self.rng.randrange(max(2010, year - 6), year))

    def slot_year_future(self) -> str:
        return str(self.published.year + self.rng.randrange(1, 4))

    def slot_year_published(self) -> str:
        return str(self.published.year)

    def _day_before(self, max_days: int) -> date:
        return self.published - timedelta(days=self.rng.randrange(20, max_days))

    def slot_date_past(self) -> str:
        day = self._day_before(3 * 365)
        month = self.templates["months"][day.month - 1]
        return self.rng.choice([f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}"])

    def slot_month_past(self) -> str:
        if self.published.month == 1:
            return self.rng.choice(self.templates["months"][9:])
        return self.rng.choice(self.templates["months"][: self.published.month - 1])

    def slot_month_year_past(self) -> str:
        day = self._day_before(4 * 365)
        return f"{self.templates['months'][day.month - 1]} {day.year}"

    def slot_weekday(self) -> str:
        return self.pick("weekdays")

    def slot_past(self) -> str:
        return self.pick("past_phrases")

    def slot_future(self) -> str:
        return self.pick("future_phrases")

    def _pub_month(self) -> str:
        return self.templates["months"][self.published.month - 1]

    def slot_pub_long(self) -> str:
        return f"{self._pub_month()} {self.published.day}, {self.published.year}"

    def slot_pub_dmy(self) -> str:
        return f"{self.published.day} {self._pub_month()} {self.published.year}"

    def slot_pub_short(self) -> str:
        return self.published.strftime("%m/%d/%y")

    def slot_pub_upper(self) -> str:
        return self.slot_pub_long().upper()

    def slot_pub_time(self) -> str:
        return f"{self.rng.randrange(1, 13)}:{self.rng.randrange(60):02d} {self.rng.choice(['AM', 'PM'])}"

    # --- words ---

    def slot_opinion(self) -> str:
        return self.pick("opinions")

    def slot_judgement(self) -> str:
        return self.pick("judgements")

    def slot_headline(self) -> str:
        return self.pick("headlines")

    # --- the page ---

    def page(self, number: int) -> Page:
        headline = self.choose(self.templates["headlines"])
        lines = self.masthead() + [self.pick("section_labels"), "", headline, ""]
        if self.rng.random() < 0.7:
            lines += [self.choose(self.templates["standfirsts"]), ""]
        lines += [self.line(line) for line in self.pick("bylines")] + [""]
        if self.rng.random() < 0.6:
            lines += self.rng.sample(self.templates["share_lines"], self.rng.randrange(2, 5)) + [""]
        if self.rng.random() < 0.5:
            lines += [self.choose(self.templates["photo_captions"]), ""]
        for paragraph in self.article():
            lines += [paragraph, ""]
        lines += self.closing()
        name = f"{number:05d}-{slug(headline)}.txt"
        return Page(name, "\n".join(lines).rstrip() + "\n", self.published, headline)

    def masthead(self) -> list[str]:
        lines = [self.publisher]
        menu = self.rng.sample(self.templates["menus"], self.rng.randrange(4, 9))
        lines += menu if self.rng.random() < 0.5 else [" | ".join(menu)]
        if self.rng.random() < 0.4:
            lines += ["", self.pick("cookie_notices")]
        return lines + [""]

    def article(self) -> list[str]:
        weights = {name: spec["weight"] for name, spec in self.templates["sections"].items() if spec["weight"]}
        paragraphs = [" ".join([self.sentence("lede")] + [self.sentence("background")
                                                           for _ in range(self.rng.randrange(1, 3))])]
        for _ in range(self.rng.randrange(7, 14)):
            section = self.rng.choices(list(weights), weights=list(weights.values()))[0]
            sentences = [self.sentence(section if self.rng.random() < 0.75 else "background")
                         for _ in range(self.rng.randrange(2, 5))]
            paragraphs.append(" ".join(sentences))
            if self.rng.random() < 0.12:
                paragraphs.append(self.choose(self.templates["interruptions"]))
        return paragraphs

    def correction(self) -> str:
        """The paragraph a publisher adds when it corrects a page after publication."""
        return ("Correction: an earlier version of this article misstated a figure. "
                + self.sentence("figures") + " " + self.sentence("background"))

    def closing(self) -> list[str]:
        lines: list[str] = []
        if self.rng.random() < 0.5:
            lines += [self.choose(self.templates["comments_lines"]), ""]
        tags = self.rng.sample(self.templates["tags"], self.rng.randrange(2, 6))
        lines += [f"{self.templates['tags_prefix']} {', '.join(tags)}", ""]
        if self.rng.random() < 0.6:
            lines += [self.line(line) for line in self.templates["newsletter"]] + [""]
        if self.rng.random() < 0.6:
            lines += [self.choose(self.templates["related_heading"])]
            lines += [self.choose(self.templates["headlines"]) for _ in range(self.rng.randrange(2, 5))] + [""]
        lines += [self.line(line) for line in self.templates["footer"]]
        return lines


def slug(text: str, words: int = 6) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())[:words]) or "page"


# --- the corpus -----------------------------------------------------------------------------------------


class Generator:
    """Pages from the templates, the gazetteer and a seed."""

    def __init__(self, seed: int = DEFAULT_SEED, templates_path: Path = TEMPLATES, gazetteer_path: Path = GAZETTEER):
        self.seed = seed
        self.templates = load_templates(templates_path)
        self.cast = Cast.load(gazetteer_path, self.templates["definite_types"])
        self.facts = self._facts()

    def _facts(self) -> dict[tuple[str, str], list[float]]:
        """Each topic's candidate values per metric, drawn once for the corpus: sources repeat
        figures, so pages agree and disagree the way real coverage does."""
        rng = random.Random(f"{self.seed}-facts")
        systems = sorted({s for ids in self.templates["systems"].values() for s in ids})
        facts = {}
        for system in systems:
            for metric, spec in sorted(self.templates["facts"].items()):
                low, high = spec["value"]
                facts[(system, metric)] = [round_figure(rng.uniform(low, high), spec["scale"])
                                           for _ in range(spec["candidates"])]
        return facts

    def page(self, number: int) -> Page:
        rng = random.Random(f"{self.seed}-page-{number}")
        return Writer(self.templates, self.cast, self.facts, rng).page(number)

    def correction(self, number: int) -> str:
        """A correction paragraph for page `number` (the same one for the same seed)."""
        rng = random.Random(f"{self.seed}-correction-{number}")
        return Writer(self.templates, self.cast, self.facts, rng).correction()

    def write(self, folder: Path, docs: int) -> list[Path]:
        """Write pages 1..docs into folder/sources; returns their paths."""
        sources = Path(folder) / "sources"
        sources.mkdir(parents=True, exist_ok=True)
        paths = []
        for number in range(1, docs + 1):
            page = self.page(number)
            path = sources / page.name
            path.write_text(page.text, encoding="utf-8")
            paths.append(path)
        return paths


def load_templates(path: Path = TEMPLATES) -> dict:
    try:
        templates = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise GeneratorError(f"{path}: cannot read the templates ({error})") from None
    missing = [key for key in ("systems", "sections", "facts", "bounds", "bylines", "headlines") if key not in templates]
    if missing:
        raise GeneratorError(f"{path}: no {', '.join(missing)} section")
    return templates


def generate(folder: str | Path, docs: int = DEFAULT_DOCS, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write a corpus of `docs` pages into `folder` (folder/sources/*.txt)."""
    return Generator(seed).write(Path(folder), docs)


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--docs", type=click.IntRange(min=1), default=None, help=f"Number of pages [default: {DEFAULT_DOCS:,}].")
@click.option("--large", is_flag=True, help=f"{LARGE_DOCS:,} pages (unless --docs says otherwise).")
@click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True, help="The same seed writes the same pages.")
def main(folder: Path, docs: int | None, large: bool, seed: int) -> None:
    """Write a synthetic corpus of news-page captures into FOLDER/sources."""
    docs = docs or (LARGE_DOCS if large else DEFAULT_DOCS)
    try:
        paths = generate(folder, docs, seed)
    except GeneratorError as error:
        raise click.ClickException(str(error)) from None
    words = sum(len(path.read_text(encoding="utf-8").split()) for path in paths)
    click.echo(f"wrote {len(paths):,} pages ({words:,} words) to {folder / 'sources'}")


if __name__ == "__main__":
    sys.exit(main())
