"""Search benchmark: a synthetic catalogue of mixed English, Korean and Chinese cases, timed.

Builds N synthetic cases (plus the 27 seed cases) through the catalogue's own write path, then
measures the Whoosh index build, search latency, facet changes, window start and peak memory,
each beside a plain baseline (SQLite FTS5 for search, an empty QMainWindow for the window), and
ends with a Markdown table for the README.

    .venv/bin/python bench/search_bench.py                         # 10,000 cases of ~1,000 words
    .venv/bin/python bench/search_bench.py --cases 500 --words 300  # the quick smoke run

A script that prints figures, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.catalogue.service import Catalogue, ResultPage  # noqa: E402
from desktop.search import SearchRequest  # noqa: E402
from desktop.store import cases as case_store  # noqa: E402
from desktop.store.records import (  # noqa: E402
    CURATION_STATES,
    LEVELS_OF_GOVERNMENT,
    PRECONDITION_KINDS,
    STAGES,
    THEMES,
    Case,
    Component,
    Precondition,
    Source,
)
from desktop.ui.main_window import PAGE_SIZE  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = 20251126
PAGE = 50
WINDOW_LIMIT = PAGE_SIZE  # what MainWindow.run_search asks for
CHILD_TIMEOUT_S = 1800
T = TypeVar("T")

# (city, local name, ISO 3166-1 code, region, latitude, longitude)
CITIES: tuple[tuple[str, str, str, str, float, float], ...] = (
    ("Seoul", "서울", "KR", "East Asia", 37.57, 126.98),
    ("Busan", "부산", "KR", "East Asia", 35.18, 129.08),
    ("Incheon", "인천", "KR", "East Asia", 37.46, 126.71),
    ("Gwangju", "광주", "KR", "East Asia", 35.16, 126.85),
    ("Suwon", "수원", "KR", "East Asia", 37.26, 127.03),
    ("Tokyo", "東京", "JP", "East Asia", 35.68, 139.69),
    ("Osaka", "大阪", "JP", "East Asia", 34.69, 135.50),
    ("Yokohama", "横浜", "JP", "East Asia", 35.44, 139.64),
    ("Fukuoka", "福岡", "JP", "East Asia", 33.59, 130.40),
    ("Beijing", "北京", "CN", "East Asia", 39.90, 116.40),
    ("Shanghai", "上海", "CN", "East Asia", 31.23, 121.47),
    ("Hangzhou", "杭州", "CN", "East Asia", 30.27, 120.16),
    ("Shenzhen", "深圳", "CN", "East Asia", 22.54, 114.06),
    ("Chengdu", "成都", "CN", "East Asia", 30.57, 104.07),
    ("Guangzhou", "广州", "CN", "East Asia", 23.13, 113.26),
    ("Taipei", "臺北", "TW", "East Asia", 25.03, 121.57),
    ("Kaohsiung", "高雄", "TW", "East Asia", 22.63, 120.30),
    ("Hong Kong", "香港", "HK", "East Asia", 22.32, 114.17),
    ("Ulaanbaatar", "Улаанбаатар", "MN", "East Asia", 47.89, 106.91),
    ("Bangkok", "กรุงเทพมหานคร", "TH", "South-East Asia", 13.76, 100.50),
    ("Chiang Mai", "เชียงใหม่", "TH", "South-East Asia", 18.79, 98.98),
    ("Hà Nội", "Hà Nội", "VN", "South-East Asia", 21.03, 105.85),
    ("Ho Chi Minh City", "Thành phố Hồ Chí Minh", "VN", "South-East Asia", 10.82, 106.63),
    ("Da Nang", "Đà Nẵng", "VN", "South-East Asia", 16.05, 108.22),
    ("Jakarta", "Jakarta", "ID", "South-East Asia", -6.21, 106.85),
    ("Surabaya", "Surabaya", "ID", "South-East Asia", -7.25, 112.75),
    ("Bandung", "Bandung", "ID", "South-East Asia", -6.92, 107.61),
    ("Manila", "Maynila", "PH", "South-East Asia", 14.60, 120.98),
    ("Quezon City", "Lungsod Quezon", "PH", "South-East Asia", 14.68, 121.04),
    ("Cebu City", "Dakbayan sa Sugbo", "PH", "South-East Asia", 10.32, 123.89),
    ("Kuala Lumpur", "Kuala Lumpur", "MY", "South-East Asia", 3.14, 101.69),
    ("George Town", "George Town", "MY", "South-East Asia", 5.41, 100.33),
    ("Singapore", "新加坡", "SG", "South-East Asia", 1.35, 103.82),
    ("Phnom Penh", "ភ្នំពេញ", "KH", "South-East Asia", 11.56, 104.92),
    ("Vientiane", "ວຽງຈັນ", "LA", "South-East Asia", 17.98, 102.63),
    ("Yangon", "ရန်ကုန်", "MM", "South-East Asia", 16.84, 96.17),
    ("Dili", "Díli", "TL", "South-East Asia", -8.56, 125.56),
    ("Dhaka", "ঢাকা", "BD", "South Asia", 23.81, 90.41),
    ("Kolkata", "কলকাতা", "IN", "South Asia", 22.57, 88.36),
    ("Mumbai", "मुंबई", "IN", "South Asia", 19.08, 72.88),
    ("Pune", "पुणे", "IN", "South Asia", 18.52, 73.86),
    ("Bengaluru", "ಬೆಂಗಳೂರು", "IN", "South Asia", 12.97, 77.59),
    ("Ahmedabad", "અમદાવાદ", "IN", "South Asia", 23.02, 72.57),
    ("Delhi", "दिल्ली", "IN", "South Asia", 28.61, 77.21),
    ("Colombo", "කොළඹ", "LK", "South Asia", 6.93, 79.85),
    ("Kathmandu", "काठमाडौं", "NP", "South Asia", 27.72, 85.32),
    ("Karachi", "کراچی", "PK", "South Asia", 24.86, 67.01),
    ("Lahore", "لاہور", "PK", "South Asia", 31.55, 74.34),
    ("Thimphu", "ཐིམ་ཕུ", "BT", "South Asia", 27.47, 89.64),
    ("Malé", "Malé", "MV", "South Asia", 4.18, 73.51),
    ("Almaty", "Алматы", "KZ", "Central Asia", 43.24, 76.89),
    ("Astana", "Астана", "KZ", "Central Asia", 51.17, 71.45),
    ("Tashkent", "Toshkent", "UZ", "Central Asia", 41.30, 69.24),
    ("Bishkek", "Бишкек", "KG", "Central Asia", 42.87, 74.59),
    ("Dushanbe", "Душанбе", "TJ", "Central Asia", 38.56, 68.79),
    ("Ashgabat", "Aşgabat", "TM", "Central Asia", 37.96, 58.33),
    ("Tbilisi", "თბილისი", "GE", "West Asia", 41.72, 44.79),
    ("Yerevan", "Երևան", "AM", "West Asia", 40.18, 44.51),
    ("Baku", "Bakı", "AZ", "West Asia", 40.41, 49.87),
    ("Dubai", "دبي", "AE", "West Asia", 25.20, 55.27),
    ("Amman", "عمّان", "JO", "West Asia", 31.95, 35.93),
    ("Sydney", "Sydney", "AU", "Pacific", -33.87, 151.21),
    ("Melbourne", "Melbourne", "AU", "Pacific", -37.81, 144.96),
    ("Brisbane", "Brisbane", "AU", "Pacific", -27.47, 153.03),
    ("Auckland", "Tāmaki Makaurau", "NZ", "Pacific", -36.85, 174.76),
    ("Wellington", "Te Whanganui-a-Tara", "NZ", "Pacific", -41.29, 174.78),
    ("Suva", "Suva", "FJ", "Pacific", -18.14, 178.44),
    ("Port Moresby", "Pot Mosbi", "PG", "Pacific", -9.44, 147.18),
    ("Apia", "Apia", "WS", "Pacific", -13.83, -171.76),
    ("Nukuʻalofa", "Nukuʻalofa", "TO", "Pacific", -21.14, -175.20),
    ("Honiara", "Honiara", "SB", "Pacific", -9.43, 159.95),
    ("Port Vila", "Port Vila", "VU", "Pacific", -17.73, 168.32),
)


def _split(text: str) -> tuple[str, ...]:
    """Words of a space-separated literal."""
    return tuple(text.split())


FUNCTION_WORDS = _split(
    "the of and to in for with on by from is was were are a an this that which their its more new local "
    "first each"
)
DOMAIN_WORDS = _split(
    "bus night transport transit route fare ticket card station stop passenger driver service city "
    "citizen resident community district neighbourhood ward council mayor government budget participatory "
    "participation vote proposal assembly meeting forum water rainwater drainage flood river canal "
    "sanitation toilet sewer waste recycling plastic bottle garbage collection compost landfill energy "
    "solar electric vehicle bicycle cycling walking pedestrian street road traffic congestion parking "
    "safety police crime lighting health clinic hospital care elderly children school education teacher "
    "student housing rent slum informal settlement market vendor economy job employment income tax "
    "revenue data open digital platform app portal sensor map survey report transparency complaint "
    "feedback hotline heat climate tree park green space air pollution emission carbon adaptation "
    "resilience disaster earthquake typhoon cyclone drought early warning inclusion women disability "
    "youth migrant poverty subsidy loan fund grant partnership private public company university "
    "volunteer pilot scale programme project policy law regulation standard procurement contract "
    "evaluation result impact cost lesson outcome problem approach design prototype test learn exchange "
    "adapt"
)
PHRASES = (
    "participatory budget",
    "night bus",
    "bus rapid transit",
    "waste collection",
    "open data",
    "early warning",
    "rainwater harvesting",
    "street vendor",
)
ONSETS = _split("b c d f g h j k l m n p r s t v w z br cl dr fl gr pl pr st tr sh ch th")
VOWELS = _split("a e i o u ai ea ou io")
CODAS = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck", "ng"]
SUFFIXES = ["", "", "", "ing", "tion", "ment", "er", "ed", "s", "ly", "al", "ity"]

KOREAN_WORDS = _split(
    "서울 버스 교통 시민 참여 예산 도시 환경 쓰레기 재활용 주민 정책 심야 올빼미버스 부산 데이터 공공 서비스 "
    "안전 복지 주택 시장 공원 에너지 기후 행정 마을 청년 노인 학교 병원 지하철 자전거 보행 주차 하천 홍수"
)
HANGUL_SYLLABLES = (
    "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치"
    "키티피히강남동산성정중천한민국장원관공대학교통신문화경제사회개발운영지원센터구역생활"
)
KOREAN_PARTICLES = ("은", "는", "이", "가", "을", "를", "에", "에서", "의", "와", "과", "로", "으로", "도")
CHINESE_WORDS = _split(
    "交通 城市 杭州 上海 北京 公交 垃圾 分类 市民 参与 预算 数据 环境 智慧 治理 社区 夜间 公共 服务 安全 "
    "住房 市场 公园 能源 气候 政府 居民 青年 老人 学校 医院 地铁 自行车 步行 停车 河流 洪水"
)
HAN_CHARACTERS = (
    "人民城市交通公共服务社区环境数据智慧治理发展建设管理生活水电气路车站地铁公园绿色低碳经济产业科技创新"
    "政府居民安全健康教育文化旅游农村住房资金预算参与分类回收利用能源规划设计试点推广评估合作企业大学志愿"
)
DOC_MIXES = {  # a case's language -> how its sentences split between scripts
    "en": (("en", "ko", "zh"), (0.8, 0.1, 0.1)),
    "ko": (("ko", "en", "zh"), (0.7, 0.2, 0.1)),
    "zh": (("zh", "en", "ko"), (0.7, 0.2, 0.1)),
}


@dataclass
class Lexicon:
    """Words of one script with Zipf-like weights: a few very common, a long tail of rare ones."""

    words: list[str]
    cum_weights: list[float] = field(init=False)

    def __post_init__(self) -> None:
        self.cum_weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(self.words))))

    def draw(self, rng: random.Random, k: int) -> list[str]:
        """k words, common ones more often."""
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)


def english_lexicon(rng: random.Random, size: int = 4000) -> Lexicon:
    """Function words first, real domain words spread through the ranks, pseudo-English in between."""
    made: set[str] = set(FUNCTION_WORDS) | set(DOMAIN_WORDS)
    pseudo: list[str] = []
    while len(pseudo) < size - len(FUNCTION_WORDS) - len(DOMAIN_WORDS):
        syllables = "".join(
            rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(rng.randint(1, 3))
        )
        word = syllables + rng.choice(SUFFIXES)
        if 3 <= len(word) <= 14 and word not in made:
            made.add(word)
            pseudo.append(word)
    words = list(FUNCTION_WORDS) + pseudo
    for i, word in enumerate(DOMAIN_WORDS):  # ranks about 20..1800: common to fairly rare
        words.insert(len(FUNCTION_WORDS) + 7 * i, word)
    return Lexicon(words)


def syllable_lexicon(
    rng: random.Random, real: Sequence[str], alphabet: str, size: int, lengths: Sequence[int]
) -> Lexicon:
    """Real words at the top, then runs of 2-3 syllables (Hangul) or characters (Han)."""
    made = list(dict.fromkeys(real))
    seen = set(made)
    while len(made) < size:
        word = "".join(rng.choice(alphabet) for _ in range(rng.choice(lengths)))
        if word not in seen:
            seen.add(word)
            made.append(word)
    return Lexicon(made)


@dataclass
class Corpus:
    """The generator: fixed lexicons and one seeded random stream."""

    rng: random.Random
    english: Lexicon
    korean: Lexicon
    chinese: Lexicon

    @classmethod
    def make(cls, seed: int) -> Corpus:
        """Lexicons drawn from the seed, so every run generates the same catalogue."""
        rng = random.Random(seed)
        english = english_lexicon(rng)
        korean = syllable_lexicon(rng, KOREAN_WORDS, HANGUL_SYLLABLES, 1500, (2, 2, 3))
        chinese = syllable_lexicon(rng, CHINESE_WORDS, HAN_CHARACTERS, 1500, (2, 2, 2, 3))
        return cls(rng, english, korean, chinese)

    def sentence(self, script: str, k: int) -> str:
        """One sentence of k words in one script."""
        rng = self.rng
        if script == "en":
            words = self.english.draw(rng, k)
            if rng.random() < 0.08:
                words.insert(rng.randrange(len(words) + 1), rng.choice(PHRASES))
            words[0] = words[0].capitalize()
            return " ".join(words) + "."
        if script == "ko":
            words = self.korean.draw(rng, k)
            return (
                " ".join(w + rng.choice(KOREAN_PARTICLES) if rng.random() < 0.4 else w for w in words) + "."
            )
        return "".join(self.chinese.draw(rng, k)) + "。"

    def text(self, language: str, words: int, lead: str = "") -> str:
        """About `words` words of sentences mixed per the case's language, in paragraphs."""
        scripts, weights = DOC_MIXES[language]
        sentences: list[str] = [lead] if lead else []
        written = 0
        while written < words:
            k = min(self.rng.randint(6, 18), max(words - written, 1))
            sentences.append(self.sentence(self.rng.choices(scripts, weights)[0], k))
            written += k
        paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
        return "\n\n".join(paragraphs)

    def case(self, words: int) -> Case:
        """One synthetic case of about `words` words, its facets spread over the real vocabularies."""
        rng = self.rng
        city, local, country, region, lat, lon = rng.choice(CITIES)
        language = rng.choices(("en", "ko", "zh"), (0.6, 0.25, 0.15))[0]
        title_words = [w.capitalize() for w in rng.sample(DOMAIN_WORDS, 2)] + self.english.draw(rng, 2)
        title = " ".join(title_words) + f" in {city}"
        local_title = ""
        if language == "ko":
            local_title = f"{local} " + " ".join(self.korean.draw(rng, 3))
        elif language == "zh":
            local_title = local + "".join(self.chinese.draw(rng, 3))
        components = [
            Component(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                name=" ".join(self.english.draw(rng, 3)).capitalize(),
                description=self.text(language, 8),
                mechanism=self.text(language, 8),
                preconditions=[Precondition(rng.choice(PRECONDITION_KINDS), self.text(language, 5))],
                role=rng.choice(("core", "adaptable")),
            )
            for _ in range(2)
        ]
        sources = [
            Source(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                title=" ".join(self.english.draw(rng, 5)).capitalize(),
                url=f"https://example.org/{rng.getrandbits(32):08x}",
                citation=f"{city} city report, {rng.randint(2000, 2025)}",
                reliability=rng.choice(("official", "news", "academic", "self-reported")),
            )
            for _ in range(rng.randint(1, 2))
        ]
        overhead = 6 + 40 + 3 * 15 + 2 * (3 + 8 + 8 + 5)
        return Case(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            title=title,
            local_title=local_title,
            summary=self.text(language, 40, lead=f"{city} ({local})."),
            body=self.text(language, max(words - overhead, 20), lead=f"{city}, {region}."),
            problem=self.text(language, 15),
            approach=self.text(language, 15),
            results=self.text(language, 15),
            city=city,
            country=country,
            region=region,
            latitude=lat,
            longitude=lon,
            year_started=rng.randint(1995, 2025),
            stage=rng.choice(STAGES),
            themes=rng.sample(THEMES, rng.randint(1, 3)),
            sdgs=sorted(
                set(
                    rng.choices(
                        range(1, 18), [4 if s == 11 else 1 for s in range(1, 18)], k=rng.randint(1, 3)
                    )
                )
            ),
            level_of_government=rng.choice(LEVELS_OF_GOVERNMENT),
            language=language,
            curation=rng.choice(CURATION_STATES),
            partners=[" ".join(self.english.draw(rng, 2)).title() for _ in range(rng.randint(0, 2))],
            components=components,
            sources=sources,
        )


# Measuring


class Progress:
    """A progress line on stderr: redrawn in place on a terminal, every 10% in a log."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.started = time.perf_counter()
        self.tty = sys.stderr.isatty()
        self._last_draw = 0.0
        self._last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        elapsed = time.perf_counter() - self.started
        line = f"{self.label}: {done}/{total} ({100 * done // max(total, 1)}%) {elapsed:.1f} s"
        if self.tty:
            if done == total or elapsed - self._last_draw > 0.2:
                self._last_draw = elapsed
                print("\r" + line, end="\n" if done == total else "", file=sys.stderr, flush=True)
        else:
            tenth = 10 * done // max(total, 1)
            if tenth != self._last_tenth:
                self._last_tenth = tenth
                print(line, file=sys.stderr, flush=True)


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which `fraction` of the values fall (linear interpolation)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = fraction * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def timed_ms(work: Callable[[], T]) -> tuple[float, T]:
    """Milliseconds a call takes, and what it returned."""
    started = time.perf_counter()
    result = work()
    return (time.perf_counter() - started) * 1000, result


def folder_size(path: Path) -> int:
    """Bytes in a file or all files under a folder."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def mb(size: float) -> str:
    """Bytes as MB text."""
    return f"{size / 1_000_000:.1f} MB"


def fmt_ms(ms: float) -> str:
    """Milliseconds as text: seconds once they pass 10 s."""
    return f"{ms / 1000:.1f} s" if ms >= 10_000 else f"{ms:.1f} ms" if ms < 100 else f"{ms:.0f} ms"


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, where the system has them (other work skews timings)."""
    try:
        return " ".join(f"{n:.2f}" for n in os.getloadavg())
    except (AttributeError, OSError):
        return "n/a"


def ratio(a: float, b: float) -> str:
    """a/b as text like `32x`."""
    if b <= 0:
        return "n/a"
    value = a / b
    return f"{value:.0f}x" if value >= 10 else f"{value:.1f}x"


# The queries


@dataclass
class Query:
    """One benchmark query: what the search box gets, and its FTS5 equivalent (None: none)."""

    label: str
    text: str
    fts: str | None


def make_queries(corpus: Corpus) -> list[Query]:
    """About twenty queries of every kind the search box takes, spread over common and rare words."""
    words = corpus.english.words
    mid, rare = words[800], words[3500]
    korean_rare, chinese_rare = corpus.korean.words[600], corpus.chinese.words[600]
    return [
        Query("common word", "bus", '"bus"'),
        Query("two words", "night bus", '"night" "bus"'),
        Query("common word", "water", '"water"'),
        Query("two words", "waste recycling", '"waste" "recycling"'),
        Query("three words", "open data platform", '"open" "data" "platform"'),
        Query("phrase", '"participatory budget"', '"participatory budget"'),
        Query("mid-frequency word", mid, f'"{mid}"'),
        Query("rare word", rare, f'"{rare}"'),
        Query("field: city", "city:seoul", None),
        Query("field: sdg", "sdg:11", None),
        Query("field + word", "country:kr water", None),
        Query("boolean", "bus AND NOT electric", '"bus" NOT "electric"'),
        Query("Korean word", "서울", '"서울"'),
        Query("Korean word", "버스", '"버스"'),
        Query("Korean rare word", korean_rare, f'"{korean_rare}"'),
        Query("Chinese word", "交通", '"交通"'),
        Query("Chinese word", "杭州", '"杭州"'),
        Query("Chinese rare word", chinese_rare, f'"{chinese_rare}"'),
        Query("prefix", "transp*", '"transp"*'),
        Query("misspelling", "recyclng", '"recyclng"'),
        Query("accents", "ha noi", '"ha" "noi"'),
        Query("empty (browse)", "", ""),
    ]


# FTS5 baseline


class Fts5Baseline:
    """The same cases in one SQLite FTS5 table (unicode61) over title, summary and body."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.unlink(missing_ok=True)
        self.conn = sqlite3.connect(path)

    def build(self, catalogue_file: Path) -> float:
        """Create, fill from the catalogue file and optimize the table; seconds taken."""
        started = time.perf_counter()
        self.conn.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, summary, body, country UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        self.conn.execute("ATTACH DATABASE ? AS cat", [str(catalogue_file)])
        with self.conn:
            self.conn.execute(
                "INSERT INTO docs (id, title, summary, body, country) "
                "SELECT id, title, summary, body, country FROM cat.cases"
            )
        self.conn.execute("DETACH DATABASE cat")
        with self.conn:
            self.conn.execute("INSERT INTO docs (docs) VALUES ('optimize')")
        return time.perf_counter() - started

    def search(self, expression: str) -> int:
        """A first page by bm25 with snippets, and a count by country over all matches; the total."""
        if expression:
            page = self.conn.execute(
                "SELECT id, title, snippet(docs, -1, '<mark>', '</mark>', ' … ', 24) FROM docs "
                "WHERE docs MATCH ? ORDER BY bm25(docs, 0.0, 3.0, 1.5, 1.0, 0.0) LIMIT ?",
                [expression, PAGE],
            ).fetchall()
            counts = self.conn.execute(
                "SELECT country, count(*) FROM docs WHERE docs MATCH ? GROUP BY country", [expression]
            ).fetchall()
        else:
            page = self.conn.execute(
                "SELECT id, title, '' FROM docs ORDER BY title LIMIT ?", [PAGE]
            ).fetchall()
            counts = self.conn.execute("SELECT country, count(*) FROM docs GROUP BY country").fetchall()
        assert len(page) <= PAGE
        return sum(n for _, n in counts)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


# Window children

CHILD_MEMORY = """
import sys

def ru_maxrss_kb():
    try:
        import resource
    except ImportError:
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // (1024 if sys.platform == "darwin" else 1)

def peak_rss_kb():
    # VmHWM on Linux: ru_maxrss there keeps the parent's high-water mark across fork and exec.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return ru_maxrss_kb()
"""

EMPTY_WINDOW_CHILD = (
    CHILD_MEMORY
    + """
import json, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 760)
window.show()
shown = {}
def first_iteration():
    shown["at"] = time.monotonic()
    app.quit()
QTimer.singleShot(0, first_iteration)
app.exec()
report = {"ready_at": shown["at"], "peak_rss_kb": peak_rss_kb(), "ru_maxrss_kb": ru_maxrss_kb()}
print(json.dumps(report), flush=True)
"""
)

MAIN_WINDOW_CHILD = (
    CHILD_MEMORY
    + """
import json, os, time
none_at_start = sys.getrefcount(None)
from pathlib import Path
from PySide6.QtCore import QEventLoop, QSettings, QTimer
data_dir, settings_dir, queries = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(form, QSettings.Scope.UserScope, settings_dir)
from desktop.ui.app import make_application
from desktop.ui.main_window import MainWindow

def wait_for(done, timeout_s):
    if done():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: done() and loop.quit())
    poll.start()
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    poll.stop()
    return done()

app = make_application()
window = MainWindow(data_dir)
window.show()
if not wait_for(lambda: window.results.rowCount() > 0, 1200):
    sys.exit("the window showed no results")
ready_at = time.monotonic()
rss_at_ready = peak_rss_kb()
none_at_ready = sys.getrefcount(None)
resets = [0]
window.results.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
# A search typed as soon as the first cases show, while the search engine loads on the worker.
early_text = queries[-1]
started = time.perf_counter()
window.search_box.setText(early_text)
window.run_search()
if not wait_for(lambda: resets[0] > 0, 600):
    sys.exit(f"no results for {early_text!r}")
early_ms = (time.perf_counter() - started) * 1000
answered_early = bool(window.last_page.early)
if not wait_for(lambda: window.search.ready, 600):
    sys.exit("the search engine did not load")
engine_ms = (time.monotonic() - ready_at) * 1000
# The engine searches the early words again once up: that search ends before the timed ones start.
if not wait_for(lambda: not window.last_page.early and window.last_page.request.text == early_text, 600):
    sys.exit("the search engine did not search again")
browse_ms = []
for text in queries:
    before = resets[0]
    started = time.perf_counter()
    window.search_box.setText(text)
    window.run_search()
    if not wait_for(lambda: resets[0] > before, 600):
        sys.exit(f"no results for {text!r}")
    browse_ms.append((time.perf_counter() - started) * 1000)
report = {
    "ready_at": ready_at,
    "rss_at_ready_kb": rss_at_ready,
    "browse_ms": browse_ms,
    "engine_ms": engine_ms,
    "early_ms": early_ms,
    "answered_early": answered_early,
    "peak_rss_kb": peak_rss_kb(),
    "ru_maxrss_kb": ru_maxrss_kb(),
    "none_refs": [none_at_start, none_at_ready, sys.getrefcount(None)],
}
print(json.dumps(report), flush=True)
window.close()
# PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a void Qt method, so a
# session ends in "Fatal Python error: none_dealloc" (at the latest in interpreter teardown). The
# figures are printed: leave without the teardown rather than report that crash as a failure.
os._exit(0)
"""
)


def run_child(script: str, args: Sequence[str]) -> tuple[float, dict[str, Any]]:
    """Seconds from spawning `python -c script` to the moment it reports, and its report."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()  # CLOCK_MONOTONIC is system-wide, so the child's reading compares
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"child failed ({done.returncode}):\n{done.stdout}\n{done.stderr[-3000:]}")
    report = json.loads(lines[-1])
    return float(report["ready_at"]) - started, report


# The run


@dataclass
class Figures:
    """What the summary table reports."""

    rows: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, measure: str, ours: str, baseline: str = "–", compared: str = "–") -> None:
        """One row of the table."""
        self.rows.append((measure, ours, baseline, compared))


def section(title: str) -> None:
    """A heading in the printed report."""
    print(f"\n## {title}\n", flush=True)


def insert_cases(catalogue: Catalogue, corpus: Corpus, count: int, words: int) -> tuple[float, float]:
    """Generate and save `count` cases in one transaction; (generation s, insert s)."""
    generating = 0.0
    saving = 0.0
    progress = Progress("inserting cases")
    with catalogue.db.atomic():
        for done in range(1, count + 1):
            started = time.perf_counter()
            case = corpus.case(words)
            generated = time.perf_counter()
            case_store.save_case(catalogue.writer, case)
            saving += time.perf_counter() - generated
            generating += generated - started
            if done % 50 == 0 or done == count:
                progress(done, count)
    return generating, saving


def bench_search(
    catalogue: Catalogue, queries: list[Query], repeats: int, limit: int
) -> tuple[dict[str, list[float]], dict[str, ResultPage]]:
    """Each query's timings (ms) through Catalogue.search, and its last page."""
    times: dict[str, list[float]] = {q.text: [] for q in queries}
    pages: dict[str, ResultPage] = {}
    for _ in range(repeats):
        for q in queries:
            ms, page = timed_ms(lambda q=q: catalogue.search(SearchRequest(text=q.text, limit=limit)))
            times[q.text].append(ms)
            pages[q.text] = page
    return times, pages


def bench_fts(
    fts: Fts5Baseline, queries: list[Query], repeats: int
) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Each FTS5-expressible query's timings (ms) and match count."""
    usable = [q for q in queries if q.fts is not None]
    times: dict[str, list[float]] = {q.text: [] for q in usable}
    totals: dict[str, int] = {}
    for _ in range(repeats):
        for q in usable:
            assert q.fts is not None
            ms, total = timed_ms(lambda q=q: fts.search(q.fts or ""))
            times[q.text].append(ms)
            totals[q.text] = total
    return times, totals


# What the window asks while a person browses: typing (a search per keystroke), facet changes, and
# later pages as the results table scrolls. Each is a SearchRequest as MainWindow.run_search and
# MainWindow._fetch_page build it, run through Catalogue.search.
TYPED = ("night bus", "water", "recycling", "서울", "杭州")
_CITY_LEVEL = {"level_of_government": ["city"]}
FACET_STEPS: tuple[tuple[str, dict[str, list[str]], int | None, int | None], ...] = (
    ("theme transport", {"theme": ["transport"]}, None, None),
    ("+ country KR", {"theme": ["transport"], "country": ["KR"]}, None, None),
    ("+ country JP", {"theme": ["transport"], "country": ["KR", "JP"]}, None, None),
    ("+ level city", {"theme": ["transport"], "country": ["KR", "JP"], **_CITY_LEVEL}, None, None),
    ("+ years 2010-2020", {"theme": ["transport"], "country": ["KR", "JP"], **_CITY_LEVEL}, 2010, 2020),
    ("- theme", {"country": ["KR", "JP"], "level_of_government": ["city"]}, 2010, 2020),
    ("stage pilot only", {"stage": ["pilot"]}, None, None),
    ("sdg 11", {"sdg": ["11"]}, None, None),
    ("cleared", {}, None, None),
)
LATER_PAGES = (50, 500, 2500, 5000)
BROWSE_SORTS = (("relevance", False), ("title", False), ("year", False), ("year", True), ("city", True))


def window_request(
    text: str,
    filters: dict[str, list[str]],
    year_from: int | None = None,
    year_to: int | None = None,
    sort: str = "relevance",
    reverse: bool = False,
) -> SearchRequest:
    """The request MainWindow.run_search makes for this state of the window."""
    return SearchRequest(
        text=text,
        filters=filters,
        year_from=year_from,
        year_to=year_to,
        sort=sort,
        reverse=reverse,
        limit=WINDOW_LIMIT,
    )


def bench_browse(catalogue: Catalogue, repeats: int, figures: Figures) -> None:
    """Median times of a keystroke's search, a facet change and a later page, as the window asks."""
    section(f"Browsing as the window does (Catalogue.search, first page of {WINDOW_LIMIT} with facets)")
    keystrokes: list[float] = []
    for word in TYPED:
        for _ in range(repeats):
            for end in range(1, len(word) + 1):
                for filters in ({}, {"country": ["KR"]}):
                    request = window_request(word[:end], filters)
                    ms, _ = timed_ms(lambda r=request: catalogue.search(r))
                    keystrokes.append(ms)
    print(
        f"a keystroke's search ({len(keystrokes)} searches: each prefix of {', '.join(map(repr, TYPED))}, "
        f"with and without a country filter): median {fmt_ms(statistics.median(keystrokes))}, "
        f"p95 {fmt_ms(percentile(keystrokes, 0.95))}"
    )
    changes: list[float] = []
    print("\n| facet change (text '' and 'bus') | median | matches |")
    print("| --- | ---: | ---: |")
    for label, filters, year_from, year_to in FACET_STEPS:
        for text in ("", "bus"):
            runs = []
            page: ResultPage | None = None
            for _ in range(repeats):
                request = window_request(text, filters, year_from, year_to)
                ms, page = timed_ms(lambda r=request: catalogue.search(r))
                runs.append(ms)
            changes += runs
            print(f"| {label} / {text!r} | {fmt_ms(statistics.median(runs))} | {page.total if page else 0} |")
    median, p95 = fmt_ms(statistics.median(changes)), fmt_ms(percentile(changes, 0.95))
    print(f"\nfacet changes: median {median}, p95 {p95}")
    later: list[float] = []
    print("\n| later page (scrolling the table) | sort | median |")
    print("| --- | --- | ---: |")
    for text in ("", "water"):
        for sort, reverse in BROWSE_SORTS:
            for offset in LATER_PAGES:
                request = replace(window_request(text, {}, sort=sort, reverse=reverse), offset=offset)
                runs = [timed_ms(lambda r=request: catalogue.search(r))[0] for _ in range(repeats)]
                later += runs
                shown = f"{sort}{' reversed' if reverse else ''}"
                rows = f"{offset}-{offset + WINDOW_LIMIT}"
                print(f"| {text!r} rows {rows} | {shown} | {fmt_ms(statistics.median(runs))} |")
    print(f"\nlater pages: median {fmt_ms(statistics.median(later))}, p95 {fmt_ms(percentile(later, 0.95))}")
    figures.add(
        "window: a keystroke's search, first page with facets, median / p95",
        f"{fmt_ms(statistics.median(keystrokes))} / {fmt_ms(percentile(keystrokes, 0.95))}",
        "budget 100 ms",
    )
    figures.add(
        "window: a facet change, median / p95",
        f"{fmt_ms(statistics.median(changes))} / {fmt_ms(percentile(changes, 0.95))}",
        "budget 100 ms",
    )
    figures.add(
        "window: a later page while scrolling, median / p95",
        f"{fmt_ms(statistics.median(later))} / {fmt_ms(percentile(later, 0.95))}",
        "budget 100 ms",
    )


def print_figures(figures: Figures) -> None:
    """The Markdown table for the README."""
    print("| measure | LEAPS (Whoosh) | baseline | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for row in figures.rows:
        print("| " + " | ".join(row) + " |")


def show_query(q: Query) -> str:
    """A query as the report shows it."""
    return repr(q.text) if q.text else "(empty)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the whole benchmark and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cases", type=int, default=10_000, help="synthetic cases to generate (default 10000)"
    )
    parser.add_argument(
        "--words", type=int, default=1000, help="about this many words per case (default 1000)"
    )
    parser.add_argument("--data-dir", type=Path, help="build the catalogue here and keep it (must be empty)")
    parser.add_argument(
        "--browse-only",
        type=Path,
        metavar="DIR",
        help="only time browsing as the window does, on a catalogue an earlier --data-dir run kept",
    )
    parser.add_argument(
        "--window-only",
        type=Path,
        metavar="DIR",
        help="only time the window's start, memory and searches, on a catalogue a --data-dir run kept",
    )
    parser.add_argument("--repeats", type=int, default=5, help="times each query is run (default 5)")
    parser.add_argument("--window-runs", type=int, default=3, help="window starts of each kind (default 3)")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed of the generated catalogue")
    args = parser.parse_args(argv)
    if args.cases < 1 or args.words < 20 or args.repeats < 1 or args.window_runs < 1:
        parser.error("--cases, --repeats and --window-runs must be positive and --words at least 20")

    if args.browse_only:
        catalogue = Catalogue.open(args.browse_only.resolve())
        print(f"{catalogue.count():,} cases in {args.browse_only}; load average {load_average()}")
        catalogue.search(SearchRequest(text="bus", limit=PAGE))  # the first search reads the facet table
        figures = Figures()
        bench_browse(catalogue, args.repeats, figures)
        catalogue.close()
        print(f"\nload average at end: {load_average()}\n")
        print_figures(figures)
        return 0

    if args.window_only:
        kept_catalogue = Catalogue.open(args.window_only.resolve(), check_index=False)
        titles = [row[0] for row in kept_catalogue.db.execute("SELECT title FROM cases LIMIT 20")]
        kept_catalogue.close()
        print(f"window on {args.window_only}; load average {load_average()}")
        scratch = Path(tempfile.mkdtemp(prefix="leaps-bench-"))
        figures = Figures()
        try:
            bench_window(args, args.window_only.resolve(), scratch, [t.split()[0] for t in titles], figures)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        print(f"\nload average at end: {load_average()}\n")
        print_figures(figures)
        return 0

    script = Path(sys.argv[0]).resolve()
    shown = str(script.relative_to(ROOT)) if script.is_relative_to(ROOT) else str(script)
    command = " ".join(["python", shlex.quote(shown), *(shlex.quote(a) for a in sys.argv[1:])])
    kept = args.data_dir.resolve() if args.data_dir else None
    if kept and kept.exists() and any(kept.iterdir()):
        parser.error(f"{kept} is not empty; give a new or empty folder")
    scratch = Path(tempfile.mkdtemp(prefix="leaps-bench-"))
    data_dir = kept or scratch / "data"
    figures = Figures()
    try:
        return run(args, command, data_dir, scratch, figures)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def bench_window(
    args: argparse.Namespace, data_dir: Path, scratch: Path, browse: list[str], figures: Figures
) -> None:
    """Window start, memory and searches typed in the window, in offscreen child processes."""
    section(f"Window start and memory (offscreen, {args.window_runs} runs each)")
    settings_dir = scratch / "settings"
    empty_s: list[float] = []
    empty_rss: list[int] = []
    main_s: list[float] = []
    main_rss_ready: list[int] = []
    main_rss: list[int] = []
    browse_ms: list[float] = []
    first_ms: list[float] = []
    engine_ms: list[float] = []
    early_ms: list[float] = []
    answered_early = 0
    for run_number in range(1, args.window_runs + 1):
        seconds, report = run_child(EMPTY_WINDOW_CHILD, [])
        empty_s.append(seconds)
        empty_rss.append(int(report["peak_rss_kb"]))
        shutil.rmtree(settings_dir, ignore_errors=True)
        seconds, report = run_child(MAIN_WINDOW_CHILD, [str(data_dir), str(settings_dir), json.dumps(browse)])
        main_s.append(seconds)
        main_rss_ready.append(int(report["rss_at_ready_kb"]))
        main_rss.append(int(report["peak_rss_kb"]))
        engine_ms.append(float(report["engine_ms"]))
        early_ms.append(float(report["early_ms"]))
        answered_early += bool(report["answered_early"])
        first_ms.append(float(report["browse_ms"][0]))
        browse_ms += [float(ms) for ms in report["browse_ms"][1:]]
        print(
            f"run {run_number}: empty QMainWindow shown {empty_s[-1]:.2f} s ({empty_rss[-1] / 1024:.0f} MB); "
            f"MainWindow with results {main_s[-1]:.2f} s ({main_rss_ready[-1] / 1024:.0f} MB, "
            f"{main_rss[-1] / 1024:.0f} MB after {len(browse)} searches); "
            f"sys.getrefcount(None) at start/results/end {'/'.join(str(n) for n in report['none_refs'])}",
            flush=True,
        )
        maxrss_parent_view = int(report["ru_maxrss_kb"])
    empty_median, main_median = statistics.median(empty_s), statistics.median(main_s)
    print(
        f"\nmedian: empty window {empty_median:.2f} s, MainWindow to first results {main_median:.2f} s, "
        f"ratio {ratio(main_median, empty_median)}"
    )
    rss_empty, rss_ready, rss_main = (
        statistics.median(v) / 1024 for v in (empty_rss, main_rss_ready, main_rss)
    )
    print(
        f"peak RSS: empty window {rss_empty:.0f} MB; MainWindow {rss_ready:.0f} MB at first results, "
        f"{rss_main:.0f} MB after {len(browse)} searches; ratio {ratio(rss_main, rss_empty)}"
    )
    if sys.platform.startswith("linux"):
        print(
            f"(peak RSS is the child's VmHWM; its ru_maxrss, {maxrss_parent_view / 1024:.0f} MB in the last "
            "run, also counts this parent's high-water mark, which Linux carries across fork and exec)"
        )
    print(
        f"window searches (set text, run_search, until the list resets; limit {WINDOW_LIMIT}, each typed as "
        f"the last one's list shows), from the moment the search engine is up (it loads on the worker "
        f"after the first cases show: {' / '.join(fmt_ms(ms) for ms in engine_ms)} later): the first "
        f"{' / '.join(fmt_ms(ms) for ms in first_ms)} (median {fmt_ms(statistics.median(first_ms))}); "
        f"the {len(browse) - 1} after it: median {fmt_ms(statistics.median(browse_ms))}, "
        f"p95 {fmt_ms(percentile(browse_ms, 0.95))}"
    )
    figures.add(
        "window start to first results",
        f"{main_median:.2f} s",
        f"empty QMainWindow {empty_median:.2f} s",
        ratio(main_median, empty_median),
    )
    print(
        f"a search typed as soon as the first cases show (set text, run_search, until the list resets): "
        f"{' / '.join(fmt_ms(ms) for ms in early_ms)}, answered from the catalogue file before the engine "
        f"was up in {answered_early} of {len(early_ms)} runs"
    )
    figures.add(
        "window: a search typed as soon as the first cases show, before the engine is up (median of runs)",
        fmt_ms(statistics.median(early_ms)),
    )
    figures.add(
        "window: the search engine up, after the first cases show (median of runs)",
        fmt_ms(statistics.median(engine_ms)),
    )
    figures.add(
        "window: the first search once it is up (median of runs)", fmt_ms(statistics.median(first_ms))
    )
    figures.add(
        f"search in the window, median / p95 (the {len(browse) - 1} searches after the first)",
        f"{fmt_ms(statistics.median(browse_ms))} / {fmt_ms(percentile(browse_ms, 0.95))}",
    )
    figures.add(
        f"peak RSS after {len(browse)} searches",
        f"{rss_main:.0f} MB",
        f"empty QMainWindow {rss_empty:.0f} MB",
        ratio(rss_main, rss_empty),
    )


def run(args: argparse.Namespace, command: str, data_dir: Path, scratch: Path, figures: Figures) -> int:
    """The benchmark proper; `main` handles arguments and the scratch folder."""
    print("# LEAPS Catalogue search benchmark\n")
    print(f"command: {command}")
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, Whoosh-Reloaded {version('whoosh-reloaded')}, "
        f"PySide6 {version('PySide6-Essentials')}"
    )
    print(f"data dir: {data_dir}{'' if args.data_dir else ' (temporary)'}")
    print(f"load average at start: {load_average()}", flush=True)

    # 1. The catalogue and the Whoosh build
    section("Catalogue and index build")
    corpus = Corpus.make(args.seed)
    started = time.perf_counter()
    # Catalogue.open loads the 27 seed cases, as the window would on first start; without them
    # the first window start below would load the seed and catch the index up, skewing run 1.
    catalogue = Catalogue.open(data_dir)
    seed_count = catalogue.count()
    opened = time.perf_counter() - started
    generating, saving = insert_cases(catalogue, corpus, args.cases, args.words)
    total_cases = catalogue.count()
    catalogue_file = data_dir / "catalogue.db"
    catalogue.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"cases: {args.cases} synthetic of about {args.words} words + {seed_count} seed = {total_cases}")
    print(
        f"open + seed: {opened:.1f} s; generating: {generating:.1f} s; "
        f"save_case (one transaction): {saving:.1f} s"
    )
    print(f"catalogue.db: {mb(folder_size(catalogue_file))}", flush=True)

    started = time.perf_counter()
    catalogue.reindex(Progress("whoosh index"))
    whoosh_build = time.perf_counter() - started
    index_size = folder_size(data_dir / "index")
    print(
        f"Whoosh build (Catalogue.reindex): {fmt_ms(whoosh_build * 1000)}, index {mb(index_size)}", flush=True
    )

    # 2. FTS5 baseline build
    fts = Fts5Baseline(data_dir / "bench-fts5.db")
    fts_build = fts.build(catalogue_file)
    fts_size = folder_size(fts.path)
    print(
        f"FTS5 build (unicode61, title+summary+body, optimized): {fmt_ms(fts_build * 1000)}, "
        f"file {mb(fts_size)}"
    )
    print("(Whoosh also indexes problem, approach, results, components, sources and a spelling field.)")
    figures.add(f"catalogue insert ({args.cases:,} cases, save_case, one transaction)", f"{saving:.1f} s")
    figures.add(
        f"index build ({total_cases:,} cases)",
        fmt_ms(whoosh_build * 1000),
        f"FTS5 {fmt_ms(fts_build * 1000)}",
        ratio(whoosh_build, fts_build),
    )
    figures.add("index size on disk", mb(index_size), f"FTS5 {mb(fts_size)}", ratio(index_size, fts_size))

    # 3. Search latency
    section(f"Search latency (Catalogue.search, limit {PAGE}: page + facets + snippets)")
    queries = make_queries(corpus)
    first_ms, _ = timed_ms(lambda: catalogue.search(SearchRequest(text="bus", limit=PAGE)))
    print(f"first search after opening (reads every document's facets once): {first_ms:.0f} ms\n")
    whoosh_times, pages = bench_search(catalogue, queries, args.repeats, PAGE)
    fts_times, fts_totals = bench_fts(fts, queries, args.repeats)
    print("| query | kind | Whoosh median | p95 | matches | FTS5 median | p95 | matches | Whoosh/FTS5 |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for q in queries:
        ours = whoosh_times[q.text]
        page = pages[q.text]
        hint = " (plain words)" if page.read_as_plain_words else ""
        hint += f" (did you mean {page.suggestion!r})" if page.suggestion else ""
        cells = [
            show_query(q),
            q.label + hint,
            fmt_ms(statistics.median(ours)),
            fmt_ms(percentile(ours, 0.95)),
            str(page.total),
        ]
        if q.text in fts_times:
            theirs = fts_times[q.text]
            cells += [
                fmt_ms(statistics.median(theirs)),
                fmt_ms(percentile(theirs, 0.95)),
                str(fts_totals[q.text]),
                ratio(statistics.median(ours), statistics.median(theirs)),
            ]
        else:
            cells += ["–", "–", "–", "–"]
        print("| " + " | ".join(cells) + " |")
    every = [ms for values in whoosh_times.values() for ms in values]
    shared = [ms for text, values in whoosh_times.items() if text in fts_times for ms in values]
    theirs_all = [ms for values in fts_times.values() for ms in values]
    print(
        f"\nWhoosh, all {len(queries)} queries x {args.repeats}: median {fmt_ms(statistics.median(every))}, "
        f"p95 {fmt_ms(percentile(every, 0.95))}"
    )
    print(
        f"Whoosh, the {len(fts_times)} queries FTS5 can take: median {fmt_ms(statistics.median(shared))}, "
        f"p95 {fmt_ms(percentile(shared, 0.95))}"
    )
    print(
        f"FTS5, same {len(fts_times)} queries: median {fmt_ms(statistics.median(theirs_all))}, "
        f"p95 {fmt_ms(percentile(theirs_all, 0.95))}; "
        f"ratio Whoosh/FTS5 {ratio(statistics.median(shared), statistics.median(theirs_all))} (median), "
        f"{ratio(percentile(shared, 0.95), percentile(theirs_all, 0.95))} (p95)"
    )
    print(
        "(FTS5 unicode61 neither stems nor splits Korean particles or unspaced Chinese, hence fewer matches.)"
    )
    figures.add(
        f"search median ({len(fts_times)} plain queries, limit {PAGE})",
        fmt_ms(statistics.median(shared)),
        f"FTS5 {fmt_ms(statistics.median(theirs_all))}",
        ratio(statistics.median(shared), statistics.median(theirs_all)),
    )
    figures.add(
        f"search p95 ({len(fts_times)} plain queries, limit {PAGE})",
        fmt_ms(percentile(shared, 0.95)),
        f"FTS5 {fmt_ms(percentile(theirs_all, 0.95))}",
        ratio(percentile(shared, 0.95), percentile(theirs_all, 0.95)),
    )
    figures.add(
        f"search median / p95 (all {len(queries)} queries, limit {PAGE})",
        f"{fmt_ms(statistics.median(every))} / {fmt_ms(percentile(every, 0.95))}",
    )
    figures.add("first search after opening", fmt_ms(first_ms))

    window_repeats = max(1, args.repeats // 2)
    window_times, _ = bench_search(catalogue, queries, window_repeats, WINDOW_LIMIT)
    window_all = [ms for values in window_times.values() for ms in values]
    slowest = max(queries, key=lambda q: statistics.median(window_times[q.text]))
    print(
        f"\nThe window asks for limit {WINDOW_LIMIT} (MainWindow.run_search): median "
        f"{fmt_ms(statistics.median(window_all))}, p95 {fmt_ms(percentile(window_all, 0.95))}, slowest "
        f"{show_query(slowest)} {fmt_ms(statistics.median(window_times[slowest.text]))} "
        f"({window_repeats} runs each)"
    )
    figures.add(
        f"search median / p95 (all queries, limit {WINDOW_LIMIT} as the window asks)",
        f"{fmt_ms(statistics.median(window_all))} / {fmt_ms(percentile(window_all, 0.95))}",
    )

    # 4. Facet changes
    section("Facet change (same text, new filters)")
    variants: list[tuple[str, SearchRequest]] = [
        ("country KR", SearchRequest(filters={"country": ["KR"]}, limit=PAGE)),
        ("country KR or JP or CN", SearchRequest(filters={"country": ["KR", "JP", "CN"]}, limit=PAGE)),
        ("'bus' + country KR", SearchRequest(text="bus", filters={"country": ["KR"]}, limit=PAGE)),
        (
            "'water' + country IN or ID",
            SearchRequest(text="water", filters={"country": ["IN", "ID"]}, limit=PAGE),
        ),
        ("years 2010-2015", SearchRequest(year_from=2010, year_to=2015, limit=PAGE)),
        ("'waste' + from 2018", SearchRequest(text="waste", year_from=2018, limit=PAGE)),
        (
            "'bus' + country KR + 2000-2020",
            SearchRequest(text="bus", filters={"country": ["KR"]}, year_from=2000, year_to=2020, limit=PAGE),
        ),
    ]
    facet_all: list[float] = []
    print("| change | median | matches |")
    print("| --- | ---: | ---: |")
    for label, request in variants:
        runs = []
        page: ResultPage | None = None
        for _ in range(args.repeats):
            ms, result = timed_ms(lambda request=request: catalogue.search(request))
            runs.append(ms)
            page = result
        facet_all += runs
        print(f"| {label} | {fmt_ms(statistics.median(runs))} | {page.total if page else 0} |")
    print(
        f"\nall facet changes: median {fmt_ms(statistics.median(facet_all))}, "
        f"p95 {fmt_ms(percentile(facet_all, 0.95))}"
    )
    figures.add("facet change median (country, year range)", fmt_ms(statistics.median(facet_all)))
    bench_browse(catalogue, args.repeats, figures)
    catalogue.close()
    fts.close()

    # 5 and 6. Window start and memory
    bench_window(args, data_dir, scratch, [q.text for q in queries][:20], figures)

    # 7. Summary
    print(f"\nload average at end: {load_average()}")
    section("Summary")
    print(
        f"{total_cases:,} cases ({args.cases:,} synthetic of about {args.words:,} words in English, "
        f"Korean and Chinese, + {seed_count} seed), {platform.system()} on {os.cpu_count()} CPUs, "
        f"`{command}`:\n"
    )
    print_figures(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
