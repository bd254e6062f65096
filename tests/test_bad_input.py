"""Bad input: what dossier refuses, with which error, and what it still reads.

Two levels:
(a) unit tests of `dossier.decoding` (decode, check_not_data, check_english, check_article_body);
(b) end-to-end tests through `dossier.read_article` and `python -m dossier parse FILE --out DIR`.

Command-line contract for bad input: exit code 2, exactly one line on stderr naming the problem,
no "Traceback", nothing on stdout, no file written in DIR. When one call is given a good file and then
a bad one, the good one's output may be written; nothing is written for the bad one, the exit code
is 2 and the one line about the bad file names it.
"""
from __future__ import annotations

import codecs
import gzip
import io
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from dossier.decoding import MAX_BYTES, check_article_body, check_english, check_not_data, decode
from dossier.errors import (
    BinaryInputError,
    DossierError,
    EmptyInputError,
    EncodingError,
    NotAnArticleError,
    NotEnglishError,
    TooLargeError,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = SEEDS / "2022-02-09_joongang_north-russia-strategic-cooperation.txt"


def article_files() -> list[Path]:
    """Every real article of seeds/ and shared/corpus/ (not their index.csv or SOURCES.md)."""
    files = sorted(SEEDS.glob("*.txt")) + sorted(SEEDS.glob("*.html"))
    files += sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html"))
    return files


ARTICLES = article_files()


def assert_names_problem(err: pytest.ExceptionInfo, words: str, *, source: str | None = None) -> None:
    """The message is one line, mentions each of `words` (case-insensitive) and starts with the source."""
    message = str(err.value)
    assert "\n" not in message and message.strip() == message
    for word in words.split("|"):
        assert word.lower() in message.lower(), f"{word!r} not in {message!r}"
    if source:
        assert message.startswith(f"{source}: ")


# --------------------------------------------------------------------------------------------
# Texts: foreign news paragraphs, an English one quoting foreign phrases, data files.
# --------------------------------------------------------------------------------------------

GERMAN = (
    "Die Bundesregierung hat am Mittwoch neue Sanktionen gegen Nordkorea angekündigt. Wie ein Sprecher "
    "des Auswärtigen Amtes in Berlin mitteilte, sollen die Maßnahmen vor allem Unternehmen treffen, die "
    "das Atomprogramm des Landes finanzieren. Außenministerin Annalena Baerbock sagte, die jüngsten "
    "Raketentests seien ein klarer Verstoß gegen die Resolutionen des UN-Sicherheitsrats. „Wir werden "
    "nicht tatenlos zusehen, wie Pjöngjang die Region weiter destabilisiert“, erklärte sie vor "
    "Journalisten. Die Europäische Union berät derzeit über ein gemeinsames Vorgehen. Russland und China "
    "lehnen zusätzliche Strafmaßnahmen bisher ab und fordern stattdessen eine Rückkehr zu Verhandlungen. "
    "Beobachter rechnen damit, dass die Gespräche in Brüssel noch mehrere Wochen dauern werden, bevor "
    "eine Einigung erzielt werden kann."
)
FRENCH = (
    "Le gouvernement français a annoncé mercredi de nouvelles sanctions contre la Corée du Nord, après "
    "une série d'essais de missiles balistiques en mer du Japon. Selon le porte-parole du ministère des "
    "Affaires étrangères, ces mesures visent principalement des entreprises soupçonnées de financer le "
    "programme nucléaire du régime. « Nous ne pouvons pas accepter que Pyongyang continue de violer les "
    "résolutions du Conseil de sécurité », a déclaré le ministre devant la presse à Paris. L'Union "
    "européenne doit examiner la semaine prochaine un ensemble de propositions communes. La Russie et la "
    "Chine se sont opposées à tout renforcement des sanctions et appellent plutôt à la reprise du "
    "dialogue. Les diplomates estiment que les négociations à Bruxelles pourraient durer plusieurs "
    "semaines avant qu'un accord soit trouvé."
)
SPANISH = (
    "El Gobierno español anunció el miércoles nuevas sanciones contra Corea del Norte tras una serie de "
    "pruebas de misiles balísticos en el mar de Japón. Según el portavoz del Ministerio de Asuntos "
    "Exteriores, las medidas afectarán sobre todo a empresas sospechosas de financiar el programa "
    "nuclear del régimen. «No podemos aceptar que Pyongyang siga violando las resoluciones del Consejo "
    "de Seguridad», declaró el ministro ante los periodistas en Madrid. La Unión Europea estudiará la "
    "próxima semana un paquete de propuestas comunes. Rusia y China se han opuesto a cualquier "
    "endurecimiento de las sanciones y piden, en cambio, la reanudación del diálogo. Los diplomáticos "
    "creen que las negociaciones en Bruselas podrían prolongarse varias semanas antes de que se "
    "alcance un acuerdo."
)
KOREAN = (
    "정부는 수요일 북한의 잇따른 탄도미사일 발사에 대응해 새로운 대북 독자 제재를 발표했다. 외교부 "
    "대변인은 이번 조치가 북한의 핵·미사일 개발에 자금을 대는 것으로 의심되는 기업 12곳과 개인 8명을 "
    "겨냥한다고 밝혔다. 박진 외교부 장관은 기자들에게 \"북한이 유엔 안전보장이사회 결의를 계속 위반하는 "
    "것을 결코 용납할 수 없다\"고 말했다. 미국과 일본도 비슷한 조치를 검토하고 있는 것으로 알려졌다. "
    "그러나 러시아와 중국은 추가 제재에 반대하며 대화 재개를 촉구하고 있다. 전문가들은 안보리 차원의 "
    "합의가 이뤄지기까지 상당한 시간이 걸릴 것으로 내다봤다. 한편 북한 외무성은 이날 담화를 내고 이번 "
    "제재가 한반도의 긴장을 더욱 고조시킬 뿐이라고 강하게 비난했다. 정부는 다음 주 워싱턴에서 열리는 "
    "한미 외교장관 회담에서 추가 대응 방안을 논의할 계획이다."
)
RUSSIAN = (
    "Министерство иностранных дел России в среду осудило новые санкции Евросоюза против Северной Кореи, "
    "назвав их «контрпродуктивными». Как заявил официальный представитель ведомства, односторонние "
    "ограничительные меры лишь усиливают напряжённость на Корейском полуострове и мешают возобновлению "
    "диалога. По его словам, Москва по-прежнему выступает за политико-дипломатическое урегулирование и "
    "готова содействовать переговорам между всеми сторонами. Ранее Вашингтон и Брюссель объявили о "
    "замораживании активов ряда северокорейских компаний, подозреваемых в финансировании ракетной "
    "программы. Постоянный представитель России при ООН Василий Небензя подчеркнул, что Совет "
    "Безопасности не должен использоваться как инструмент давления. Китай также призвал все стороны "
    "проявлять сдержанность. Эксперты полагают, что разногласия между постоянными членами Совбеза "
    "сохранятся ещё долго."
)
CHINESE = (
    "外交部发言人周三在例行记者会上表示，中方反对对朝鲜实施新的单边制裁，认为此举无助于缓和半岛紧张局势。"
    "发言人说，制裁不是解决问题的办法，各方应保持克制，通过对话协商妥善处理彼此关切。美国和欧盟此前宣布"
    "冻结多家朝鲜企业的资产，指责这些企业为导弹计划提供资金。联合国安理会将于下周召开会议，讨论朝鲜最近的"
    "导弹试射问题。俄罗斯常驻联合国代表表示，莫斯科支持中方立场，呼吁尽快恢复六方会谈。分析人士认为，"
    "安理会成员之间的分歧短期内难以弥合，新的决议草案很可能遭到否决。与此同时，韩国政府表示将继续与国际"
    "社会密切合作，推动朝鲜半岛无核化进程。"
)
ENGLISH_QUOTING_FOREIGN = (
    "BERLIN (Reuters) - German Chancellor Olaf Scholz said on Tuesday that Europe would keep its "
    "sanctions on Russia in place for as long as the war in Ukraine went on.\n\n"
    "Speaking to reporters after talks with French President Emmanuel Macron, Scholz repeated the "
    "phrase that has become his government's watchword: „Wir stehen an der Seite der Ukraine, so lange "
    "wie nötig.“\n\n"
    "Macron added, in French, that « la paix ne peut pas être imposée à l'Ukraine », before switching "
    "to English to say that the two leaders were united on the question of frozen Russian assets.\n\n"
    "South Korea's foreign ministry, asked about the talks, called for \"대화와 협력\" (dialogue and "
    "cooperation), while Moscow's envoy dismissed the meeting as «пустая болтовня», or idle talk."
)

CSV_TABLE = "date,country,measure,target\n" + "".join(
    f"2022-0{m}-{d:02d},{c},asset freeze,Bank {m}{d}\n"
    for m in (2, 3) for d, c in zip(range(1, 7), ("USA", "GBR", "FRA", "DEU", "JPN", "KOR"))
)
TSV_TABLE = CSV_TABLE.replace(",", "\t")
SEMICOLON_TABLE = CSV_TABLE.replace(",", ";")
JSON_LIST = (
    '[\n  {"title": "North agrees to increase strategic cooperation with Russia", "date": "2022-02-09"},\n'
    '  {"title": "U.S. House backs broader North Korea sanctions", "date": "2016-01-13"}\n]\n'
)
JSON_OBJECT = (
    '{"title": "North agrees to increase strategic cooperation with Russia",\n'
    ' "body": "North Korea has agreed to increase strategic cooperation with Russia, raising the specter '
    'of the formation of an anti-U.S. bloc at a time of increased tensions.",\n "published": "2022-02-09"}\n'
)
JSON_LINES = "".join(f'{{"id": {i}, "url": "https://example.com/news/{i}"}}\n' for i in range(6))
URL_LIST = "".join(f"https://www.example.com/world/asia/north-korea-sanctions-{i}.html\n" for i in range(8))
PYTHON_CODE = '''import re
from pathlib import Path


def read_articles(folder: str) -> list[str]:
    """Read every article in a folder."""
    texts = []
    for path in sorted(Path(folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if not text.strip():
            continue
        texts.append(re.sub(r"\\s+", " ", text))
    return texts


if __name__ == "__main__":
    print(len(read_articles("seeds")))
'''
JAVASCRIPT_CODE = '''const express = require("express");
const app = express();

// Serve one article as JSON.
app.get("/articles/:id", async (req, res) => {
  const article = await db.findArticle(req.params.id);
  if (!article) {
    return res.status(404).json({ error: "not found" });
  }
  res.json(article);
});

app.listen(3000, () => console.log("listening on 3000"));
'''
C_CODE = '''#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE\\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        fputs(line, stdout);
    }
    fclose(f);
    return 0;
}
'''
CSS_CODE = '''body {
  font-family: Georgia, serif;
  margin: 0 auto;
  max-width: 42em;
}

.article-title {
  font-size: 2rem;
  font-weight: bold;
}
'''
SHORT_WIRE = (  # four paragraphs with one comma each: prose, not a two-column table
    "North Korea fired a ballistic missile into the sea on Sunday, officials in Seoul said.\n\n"
    "The launch was the third this month, according to the Joint Chiefs of Staff in Seoul.\n\n"
    "Japan protested the launch through diplomatic channels, calling it a grave threat to the region.\n\n"
    "The United States condemned the test and urged Pyongyang to return to talks, a spokesman said.\n"
)
ARTICLE_WITH_SOURCES = (  # prose, then a list of links: still an article
    "Seoul, Feb. 9 - North Korea has agreed to increase strategic cooperation with Russia, the North's "
    "Foreign Ministry said on Wednesday, raising the specter of an anti-U.S. bloc.\n\n"
    "Vice Foreign Minister Rim Chon-il met Russian Ambassador Aleksandr Matsegora on Monday to discuss "
    "bilateral relations and common interests, the ministry said in a statement.\n\n"
    "The meeting follows a Feb. 3 meeting between the North Korean ambassador to Moscow and a Russian "
    "minister, where the two sides discussed bilateral trade relations.\n\n"
    "Sources:\n"
    "https://www.example.com/a\nhttps://www.example.com/b\nhttps://www.example.com/c\n"
    "https://www.example.com/d\nhttps://www.example.com/e\n"
)
ARTICLE_WITH_TABLE = (
    "The Treasury added four banks to its sanctions list on Tuesday, officials said.\n\n"
    "| bank | country | assets frozen |\n|---|---|---|\n| Bank A | RUS | 12 |\n| Bank B | RUS | 3 |\n\n"
    "The measures take effect immediately and bar U.S. persons from dealing with the banks, the "
    "Treasury said in a statement. Russia's foreign ministry called the move illegal and promised a "
    "response, while European officials said they would consider similar steps next week.\n\n"
    "Analysts said the designations would have a limited effect because the banks had already cut "
    "most of their dollar business after earlier rounds of sanctions.\n"
)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def cp949_copy(text: str) -> str:
    """The seed as a Korean site would serve it in cp949: no NBSP or em dash there, Hangul kept."""
    return text.replace("\u00a0", " ").replace("\u2014", "-")


def latin1_copy(text: str) -> str:
    """The seed in latin-1's characters: straight quotes, hyphens, NBSP kept, French for the Hangul."""
    table = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-"})
    return text.translate(table).replace("250자", "250 caractères")


# --------------------------------------------------------------------------------------------
# (a) decode
# --------------------------------------------------------------------------------------------

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\xc8\x08\x06\x00\x00\x00"
       + random.Random(1).randbytes(200))
PDF = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n")
RANDOM_WITH_NULS = random.Random(0).randbytes(2048) + b"\x00\x00"
CONTROL_HEAVY = b"The minister said\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10 talks\x11 resume." * 20
# English with bytes that cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): no encoding fits it.
UNTELLABLE = b"The minist\x81r said the t\x8dlks would resume in Gen\x8fva on Monday, \x90 aides said.\n" * 3
MIXED = ("Caf\u00e9 talks \u2019resume\u2019 in Z\u00fcrich, officials said.\n".encode("utf-8")
         + "M\u00fcller said the talks would resume.\n".encode("cp1252"))


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", "North Korea has agreed to increase strategic cooperation.")
    return buffer.getvalue()


BAD_BYTES = [
    pytest.param(b"", EmptyInputError, "empty", id="empty"),
    pytest.param(b"  \n\t\r\n   \n", EmptyInputError, "white space", id="whitespace"),
    pytest.param(codecs.BOM_UTF8, EmptyInputError, "white space", id="utf8-bom-alone"),
    pytest.param(codecs.BOM_UTF16_LE, EmptyInputError, "white space", id="utf16-bom-alone"),
    pytest.param("\ufeff \u00a0\u200b\n\u3000".encode("utf-8"), EmptyInputError, "white space",
                 id="invisible-whitespace"),
    pytest.param(PNG, BinaryInputError, "PNG", id="png"),
    pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(100), BinaryInputError, "JPEG", id="jpeg"),
    pytest.param(b"GIF89a\x01\x00\x01\x00\x80\x00\x00", BinaryInputError, "GIF", id="gif"),
    pytest.param(PDF, BinaryInputError, "PDF", id="pdf"),
    pytest.param(zip_bytes(), BinaryInputError, "ZIP", id="zip"),
    pytest.param(gzip.compress(b"North Korea has agreed to increase cooperation."), BinaryInputError, "gzip",
                 id="gzip"),
    pytest.param(RANDOM_WITH_NULS, BinaryInputError, "binary|NUL", id="random-bytes-with-nuls"),
    pytest.param("North Korea said".encode("utf-16-le"), BinaryInputError, "NUL|UTF-16",
                 id="utf16-without-bom"),
    pytest.param(CONTROL_HEAVY, BinaryInputError, "binary|control", id="control-characters"),
    pytest.param(b"a" * (MAX_BYTES + 1), TooLargeError, "5 MB limit", id="over-5-MB"),
    pytest.param(UNTELLABLE, EncodingError, "encoding|not UTF-8|0x81", id="untellable-encoding"),
    pytest.param(MIXED, EncodingError, "encoding|mixes UTF-8", id="mixed-utf8-and-cp1252"),
    pytest.param(codecs.BOM_UTF16_LE + b"N\x00o\x00\x00\xd8", EncodingError, "UTF-16",
                 id="bad-utf16-after-bom"),
]


@pytest.mark.parametrize(("data", "error", "words"), BAD_BYTES)
def test_decode_refuses(data: bytes, error: type[DossierError], words: str) -> None:
    with pytest.raises(error) as err:
        decode(data, source="in.txt")
    assert_names_problem(err, words, source="in.txt")


def test_decode_error_without_source_is_bare_message() -> None:
    with pytest.raises(EmptyInputError) as err:
        decode(b"")
    assert str(err.value) == "input is empty (0 bytes)"


def test_decode_accepts_exactly_max_bytes() -> None:
    data = b"North Korea said. " * (MAX_BYTES // 18) + b" " * (MAX_BYTES % 18)
    assert len(data) == MAX_BYTES
    assert decode(data).startswith("North Korea said.")


def html(charset_tag: str, body: str) -> str:
    return f"<html><head>{charset_tag}<title>News</title></head><body><p>{body}</p></body></html>\n"


GOOD_BYTES = [
    pytest.param("Rim Chon-il met “Matsegora” — on Monday.\n", "utf-8", id="utf-8"),
    pytest.param("Rim Chon-il met “Matsegora” — on Monday.\n", "utf-8-sig", id="utf-8-with-bom"),
    pytest.param("Rim Chon-il met “Matsegora” — on Monday.\n", "utf-16", id="utf-16-with-bom"),
    pytest.param("Rim Chon-il met “Matsegora” — on Monday.\n", "utf-32", id="utf-32-with-bom"),
    pytest.param(KOREAN, "cp949", id="cp949-korean"),
    pytest.param(KOREAN, "euc-kr", id="euc-kr-korean"),
    pytest.param(GERMAN, "cp1252", id="cp1252-german"),
    pytest.param(FRENCH, "latin-1", id="latin-1-french"),
    pytest.param("Müller said the talks would resume.\n", "latin-1", id="short-latin-1"),
    pytest.param("The café on the Place de l'Élysée closed, officials said.", "latin-1",
                 id="latin-1-english"),
    pytest.param(RUSSIAN, "cp1251", id="undeclared-cp1251-russian"),
    pytest.param(CHINESE, "gbk", id="undeclared-gbk-chinese"),
    pytest.param(html('<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">', KOREAN[:60]),
                 "euc-kr", id="declared-euc-kr-http-equiv"),
    pytest.param(html('<meta charset="ISO-8859-1">', "Le ministre a déclaré à Paris."), "latin-1",
                 id="declared-iso-8859-1"),
    pytest.param(html('<meta charset="shift_jis">', "外務省の報道官は水曜日、北朝鮮に対する新たな制裁を発表した。"),
                 "shift_jis", id="declared-shift-jis"),
    pytest.param('<?xml version="1.0" encoding="windows-1251"?>\n<doc>Совет Безопасности</doc>\n', "cp1251",
                 id="xml-declared-windows-1251"),
    pytest.param(html('<meta charset="iso-8859-1">', "Rim Chon-il met “Matsegora”."), "utf-8",
                 id="utf-8-despite-declared-latin-1"),
    pytest.param(html('<meta charset="utf-8">', "Le ministre a déclaré à Paris."), "cp1252",
                 id="cp1252-despite-declared-utf-8"),
    pytest.param("The fine was £5m, a sense of déjà vu for the minister, officials said.", "latin-1",
                 id="latin-1-pound-sign"),
    pytest.param("The fine was €5m, a sense of déjà vu for the minister, officials said.", "cp1252",
                 id="cp1252-euro-sign"),
    pytest.param("The room was 3×4 metres, and the minister felt déjà vu.", "latin-1", id="latin-1-times-sign"),
    pytest.param("Déjà vu: the £5 fee.", "latin-1", id="short-latin-1-with-symbol"),
    pytest.param("© 2024 Reuters. ½ of the £10 fee, 20°C ± 2, déjà vu.", "latin-1", id="latin-1-signs"),
    pytest.param("déjà", "latin-1", id="one-latin-1-word"),
]


@pytest.mark.parametrize(("text", "codec"), GOOD_BYTES)
def test_decode_reads(text: str, codec: str) -> None:
    assert decode(text.encode(codec)) == text


def test_decode_utf16_big_endian_with_bom() -> None:
    assert decode(codecs.BOM_UTF16_BE + "Rim Chon-il said.".encode("utf-16-be")) == "Rim Chon-il said."


def test_decode_normalises_newlines() -> None:
    assert decode(b"Title\r\n\r\nBody one.\rBody two.\n") == "Title\n\nBody one.\nBody two.\n"


def test_decode_reads_seed_in_legacy_encodings(seed_text: str) -> None:
    assert decode(cp949_copy(seed_text).encode("cp949")) == cp949_copy(seed_text)
    assert decode(latin1_copy(seed_text).encode("latin-1")) == latin1_copy(seed_text)
    assert decode(seed_text.encode("utf-16")) == seed_text


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name[:40]}")
def test_decode_and_check_not_data_pass_real_articles(path: Path) -> None:
    text = decode(path.read_bytes(), source=path.name)
    assert text == path.read_text(encoding="utf-8").replace("\r\n", "\n").lstrip("\ufeff")
    check_not_data(text, source=path.name)


# --------------------------------------------------------------------------------------------
# (a) check_not_data
# --------------------------------------------------------------------------------------------

DATA_TEXTS = [
    pytest.param(JSON_LIST, "JSON list", id="json-list"),
    pytest.param(JSON_OBJECT, "JSON object", id="json-object"),
    pytest.param("[]", "JSON list", id="json-empty-list"),
    pytest.param(JSON_LINES, "JSON Lines", id="json-lines"),
    pytest.param(CSV_TABLE, "comma-separated table", id="csv"),
    pytest.param(TSV_TABLE, "tab-separated table", id="tsv"),
    pytest.param(SEMICOLON_TABLE, "semicolon-separated table", id="semicolon-csv"),
    pytest.param((SEEDS / "index.csv").read_text(encoding="utf-8"), "comma-separated table",
                 id="seeds-index-csv"),
    pytest.param(URL_LIST, "list of 8 URLs", id="url-list"),
    pytest.param("".join(f"- <https://example.com/{i}>\n" for i in range(5)), "URLs", id="markdown-url-list"),
    pytest.param(PYTHON_CODE, "source code", id="python"),
    pytest.param(JAVASCRIPT_CODE, "source code", id="javascript"),
    pytest.param(C_CODE, "source code", id="c"),
    pytest.param(CSS_CODE, "source code", id="css"),
]


@pytest.mark.parametrize(("text", "words"), DATA_TEXTS)
def test_check_not_data_refuses(text: str, words: str) -> None:
    with pytest.raises(NotAnArticleError) as err:
        check_not_data(text, source="in.txt")
    assert_names_problem(err, f"{words}|not a news article", source="in.txt")


@pytest.mark.parametrize("text", [
    pytest.param(SHORT_WIRE, id="paragraphs-with-one-comma-each"),
    pytest.param(ARTICLE_WITH_SOURCES, id="article-ending-in-links"),
    pytest.param(ARTICLE_WITH_TABLE, id="article-with-markdown-table"),
    pytest.param(ENGLISH_QUOTING_FOREIGN, id="article-quoting-foreign-phrases"),
    pytest.param("[UPDATED] " + SHORT_WIRE, id="article-starting-with-bracket"),
    pytest.param("{Exclusive} " + SHORT_WIRE, id="article-starting-with-brace"),
])
def test_check_not_data_passes_articles(text: str) -> None:
    check_not_data(text)


# --------------------------------------------------------------------------------------------
# (a) check_english
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words"), [
    pytest.param(GERMAN, "English function words", id="german"),
    pytest.param(FRENCH, "English function words", id="french"),
    pytest.param(SPANISH, "English function words", id="spanish"),
    pytest.param(KOREAN, "Hangul", id="korean"),
    pytest.param(RUSSIAN, "Cyrillic", id="russian"),
    pytest.param(CHINESE, "CJK", id="chinese"),
])
def test_check_english_refuses(text: str, words: str) -> None:
    assert 80 <= len(text.split()) <= 150 or len(text) >= 200  # a realistic paragraph (Chinese: characters)
    with pytest.raises(NotEnglishError) as err:
        check_english(text, source="in.txt")
    assert_names_problem(err, f"not in English|{words}", source="in.txt")


@pytest.fixture(scope="module")
def clean_seed_texts() -> dict[str, str]:
    """Each real article's text: plain-text files as they are, HTML pages through trafilatura."""
    import trafilatura

    texts = {}
    for path in ARTICLES:
        raw = path.read_text(encoding="utf-8")
        texts[f"{path.parent.name}/{path.name}"] = trafilatura.extract(raw) if path.suffix == ".html" else raw
    return texts


def test_check_english_and_body_pass_real_articles(clean_seed_texts: dict[str, str]) -> None:
    for name, text in clean_seed_texts.items():
        check_english(text, source=name)
        check_article_body(text, source=name)


def test_check_english_passes_raw_pages_and_refuses_a_german_one() -> None:
    for path in ARTICLES:
        check_english(path.read_text(encoding="utf-8"), source=path.name)
    page = html('<meta charset="utf-8"><script>var ads = "the of and to in";</script>', GERMAN)
    with pytest.raises(NotEnglishError):
        check_english(page)


@pytest.mark.parametrize("text", [
    pytest.param(ENGLISH_QUOTING_FOREIGN, id="quoting-german-french-korean-russian"),
    pytest.param(SHORT_WIRE, id="short-wire"),
    pytest.param("Merkel: „Wir schaffen das“", id="too-short-to-judge"),
])
def test_check_english_passes(text: str) -> None:
    check_english(text)


# --------------------------------------------------------------------------------------------
# (a) check_article_body
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words"), [
    pytest.param("North Korea fires missile, Seoul says.", "too short|6 words", id="one-line"),
    pytest.param("Home\nWorld\nAsia\nLog in\nSubscribe\n", "too short", id="menu"),
    pytest.param("\n".join(["Home", "World news", "Asia Pacific", "Business and markets"] * 5),
                 "no sentences", id="long-menu-without-sentences"),
])
def test_check_article_body_refuses(text: str, words: str) -> None:
    with pytest.raises(NotAnArticleError) as err:
        check_article_body(text, source="in.txt")
    assert_names_problem(err, words, source="in.txt")


def test_check_article_body_passes_short_wire() -> None:
    check_article_body(SHORT_WIRE)


# --------------------------------------------------------------------------------------------
# (b) end to end: dossier.read_article and `python -m dossier parse`
# --------------------------------------------------------------------------------------------

GERMAN_ARTICLE = ("Bundesregierung kündigt neue Sanktionen gegen Nordkorea an\n\n"
                  + GERMAN.replace(". ", ".\n\n", 3))

BAD_FILES = [
    pytest.param("empty.txt", b"", EmptyInputError, "empty", id="empty"),
    pytest.param("blank.txt", b" \n\n\t  \r\n", EmptyInputError, "white space", id="whitespace"),
    pytest.param("photo.txt", PNG, BinaryInputError, "PNG", id="png"),
    pytest.param("paper.html", PDF, BinaryInputError, "PDF", id="pdf"),
    pytest.param("noise.txt", RANDOM_WITH_NULS, BinaryInputError, "binary", id="random-bytes-with-nuls"),
    pytest.param("huge.txt", SHORT_WIRE.encode() * (MAX_BYTES // len(SHORT_WIRE) + 1), TooLargeError, "limit",
                 id="over-5-MB"),
    pytest.param("garbled.txt", UNTELLABLE, EncodingError, "encoding", id="untellable-encoding"),
    pytest.param("german.txt", GERMAN_ARTICLE.encode(), NotEnglishError, "English", id="german-article"),
    pytest.param("table.csv", CSV_TABLE.encode(), NotAnArticleError, "table", id="csv-table"),
    pytest.param("list.json", JSON_LIST.encode(), NotAnArticleError, "JSON", id="json-list"),
]


@pytest.mark.parametrize(("name", "data", "error", "words"), BAD_FILES)
def test_read_article_refuses(tmp_path: Path, name: str, data: bytes, error: type[DossierError],
                              words: str) -> None:
    import dossier

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error) as err:
        dossier.read_article(path)
    assert_names_problem(err, words)


@pytest.mark.parametrize(("encode", "name"), [
    pytest.param(lambda text: cp949_copy(text).encode("cp949"), "joongang-cp949.txt", id="cp949"),
    pytest.param(lambda text: latin1_copy(text).encode("latin-1"), "joongang-latin1.txt", id="latin-1"),
    pytest.param(lambda text: text.encode("utf-16"), "joongang-utf16.txt", id="utf-16-with-bom"),
])
def test_read_article_decodes_legacy_copies(tmp_path: Path, seed_text: str, encode, name: str) -> None:
    import dossier

    path = tmp_path / name
    path.write_bytes(encode(seed_text))
    article = dossier.read_article(path, published="2022-02-09")
    assert "Rim Chon-il" in article.text
    assert "Matsegora" in article.text
    assert "\ufeff" not in article.text


def run_cli(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dossier", "parse", *map(str, args)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)


@pytest.mark.parametrize(("name", "data", "error", "words"), BAD_FILES)
def test_cli_refuses(tmp_path: Path, name: str, data: bytes, error: type[DossierError], words: str) -> None:
    path, out = tmp_path / name, tmp_path / "out"
    path.write_bytes(data)
    out.mkdir()
    result = run_cli(path, "--out", out)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert words.lower() in lines[0].lower()
    assert list(out.rglob("*")) == []


def test_cli_good_then_bad_writes_nothing_for_the_bad_one(tmp_path: Path, seed_text: str) -> None:
    good, bad, out = tmp_path / "good.txt", tmp_path / "badinput.txt", tmp_path / "out"
    good.write_text(seed_text, encoding="utf-8")
    bad.write_bytes(PNG)
    out.mkdir()
    result = run_cli(good, bad, "--out", out)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    about_bad = [line for line in result.stderr.splitlines() if "badinput" in line]
    assert len(about_bad) == 1 and "PNG" in about_bad[0], result.stderr
    assert not [p for p in out.rglob("*") if "badinput" in p.name]


# --------------------------------------------------------------------------------------------
# Characters a string given to parse_article may hold, and crawler records
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("dirt", ["\x00", "\x07", "\x1b", "\x7f", "\x9c", "\u200b", "\ud800", "\udfff"])
def test_parse_article_cleans_stray_control_characters_and_surrogates(dirt: str) -> None:
    import dossier

    dirty = SHORT_WIRE.replace("Joint Chiefs", f"Joint{dirt} Chiefs", 1).replace(". ", f".{dirt} ", 3)
    article = dossier.parse_article(dirty, published="2022-02-09")
    assert dirt not in article.text and "Joint" in article.text
    article.text.encode("utf-8")


def test_parse_article_refuses_text_that_is_mostly_control_characters() -> None:
    import dossier

    with pytest.raises(BinaryInputError) as err:
        dossier.parse_article(SHORT_WIRE.replace(" ", "\x01\x02 "), source_path="in.txt")
    assert_names_problem(err, "binary|control", source="in.txt")


def test_normalise_text() -> None:
    from dossier.decoding import normalise_text

    assert normalise_text("a\r\nb\rc\u2028d\u2029e\x85f\x0bg\x0ch") == "a\nb\nc\nd\n\ne\nf\ng\nh"
    assert normalise_text("Zelen\u00adskiy\u200b said\x00 \ud83d\ude00 \ud800") == "Zelenskiy said \U0001f600 \ufffd"


RECORD = {"title": "North Korea fires missile", "date_publish": "2022-02-09 10:00:00", "maintext": SHORT_WIRE,
          "url": "https://example.com/a", "source_domain": "example.com"}


def test_check_not_data_passes_a_crawler_record_and_refuses_other_json() -> None:
    import json

    check_not_data(json.dumps(RECORD))
    for other in ({"title": "North Korea fires missile", "body": SHORT_WIRE},    # no crawler's text field
                  {"maintext": SHORT_WIRE},                                     # text without any metadata
                  {"title": "North Korea fires missile", "maintext": ["not", "text"]}):
        with pytest.raises(NotAnArticleError):
            check_not_data(json.dumps(other))
    with pytest.raises(NotAnArticleError) as err:
        check_not_data("\n".join(json.dumps(RECORD) for _ in range(3)), source="in.json")
    assert_names_problem(err, "JSON Lines of 3 crawler records|.jsonl", source="in.json")


def test_cli_reads_a_record_file_and_refuses_bad_records_one_line_each(tmp_path: Path) -> None:
    import json

    good, records, out = tmp_path / "one.json", tmp_path / "many.jsonl", tmp_path / "out"
    good.write_text(json.dumps(RECORD), encoding="utf-8")
    records.write_text("\n".join([json.dumps({"title": "x", "maintext": "Too short.", "url": "https://e.com"}),
                                  "{not json", ""]) + "\n", encoding="utf-8")
    out.mkdir()
    result = run_cli(good, records, "--out", out)
    assert "Traceback" not in result.stderr and result.returncode == 2, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["one"]
    assert json.loads((out / "one" / "meta.json").read_text(encoding="utf-8"))["published"] == "2022-02-09"
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and f"{records}:1: " in lines[0] and f"{records}:2: " in lines[1]
