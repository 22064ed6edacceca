"""Plain-text resumes in any common encoding are read as text and decoded right; no-break
spaces, tabs and page breaks are what they are; real binaries are still refused."""

# Resumes are written with typographic dashes and quotes; these strings keep them as written.
# ruff: noqa: RUF001

import codecs
import io
import random
import time

import pytest

from app.resumes.extraction import UnsupportedFileType, detect_format, extract_text
from tests.factories import signed_in_candidate
from tests.resumes import bad_inputs

RESUME = (
    "José Müller\n"
    "Senior Engineer – “Café” Corp\tParis, France\n"
    "\f"
    "EXPERIENCE\n"
    "Senior Engineer – Café Corp    Jan 2020 – Present\n"
    "• Rewrote the order service; cut latency by 30 %.\n"
)
EXPECTED = (
    "José Müller\n"
    "Senior Engineer – “Café” Corp\tParis, France\n"
    "\n"
    "EXPERIENCE\n"
    "Senior Engineer – Café Corp    Jan 2020 – Present\n"
    "• Rewrote the order service; cut latency by 30 %."
)
NBSP = "\u00a0"


# What Latin-1 cannot write.
LATIN_1: dict[str, str | int | None] = {"–": "-", "“": '"', "”": '"', "•": "*"}


def _latin_1(text: str) -> str:
    return text.translate(str.maketrans(LATIN_1))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (RESUME.encode("utf-8"), EXPECTED),
        (codecs.BOM_UTF8 + RESUME.encode("utf-8"), EXPECTED),
        (codecs.BOM_UTF16_LE + RESUME.encode("utf-16-le"), EXPECTED),
        (codecs.BOM_UTF16_BE + RESUME.encode("utf-16-be"), EXPECTED),
        (RESUME.encode("utf-16-le"), EXPECTED),
        (RESUME.encode("utf-16-be"), EXPECTED),
        (RESUME.encode("utf-32"), EXPECTED),
        (RESUME.encode("cp1252"), EXPECTED),
        (RESUME.replace("\n", "\r\n").encode("cp1252"), EXPECTED),
        (_latin_1(RESUME).encode("latin-1"), _latin_1(EXPECTED)),
    ],
    ids=[
        "utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "utf16be-no-bom",
        "utf32", "windows-1252", "windows-1252-crlf", "latin-1",
    ],
)  # fmt: skip
def test_text_in_every_common_encoding_is_decoded(data, expected):
    document = extract_text(data)

    assert document.format == "txt"
    assert document.text == expected


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1"])
def test_no_break_spaces_are_text_and_become_spaces(encoding):
    # Word's "save as text" and resumes pasted from the web put a no-break space between words.
    text = ("Jane Doe\nSoftware Engineer at Acme Corp\n" * 30).replace(" ", NBSP)

    document = extract_text(text.encode(encoding))

    assert document.format == "txt"
    assert NBSP not in document.text
    assert document.text.startswith("Jane Doe\nSoftware Engineer at Acme Corp\n")


def test_other_unicode_spaces_and_invisible_characters_are_tidied():
    text = "Jane\u202fDoe\u200b\nSoft\u00adware\u2003Engineer\u2028Acme\u3000Corp\n"

    assert extract_text(text.encode("utf-8")).text == "Jane Doe\nSoftware Engineer\nAcme Corp"


def test_cyrillic_in_windows_1251_is_not_read_as_accented_latin():
    text = "Иван Петров\nСтарший разработчик\nЯндекс, Москва 2015 - 2020\n" * 3

    assert extract_text(text.encode("cp1251")).text.startswith("Иван Петров\nСтарший")


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (bad_inputs.random_binary(), "not supported"),
        (bad_inputs.ELF_EXECUTABLE, "executable"),
        (bad_inputs.PE_EXECUTABLE, "executable"),
        (bad_inputs.png_image(), "image"),
        (b"\x1f\x8b\x08\x00" + random.Random(3).randbytes(2000), "compressed"),
        (bytes(range(256)) * 40, "not supported"),
    ],
    ids=["random", "elf", "exe", "png", "gzip", "all-bytes"],
)
def test_binaries_are_still_refused(data, said):
    with pytest.raises(UnsupportedFileType) as caught:
        detect_format(data)

    assert said in str(caught.value)


def test_a_large_legacy_encoded_file_is_decoded_quickly():
    # Near the upload limit (10 MB): decoding and guessing the encoding look at a bounded sample.
    line = "Développeur senior – Café Corp, Montréal, 2015 – 2020 • Python, Go\n"
    data = (line * (9 * 1024 * 1024 // len(line))).encode("cp1252")

    started = time.perf_counter()
    document = extract_text(data)

    assert document.text.startswith("Développeur senior – Café Corp")
    assert time.perf_counter() - started < 5


# --- through the upload route --------------------------------------------------------------


async def _upload(client, me, data: bytes, filename: str):
    return await client.post(
        "/api/resumes", headers=me.headers, files={"file": (filename, io.BytesIO(data))}
    )


async def test_a_resume_full_of_no_break_spaces_is_accepted_and_parsed(client):
    me = await signed_in_candidate(client)
    text = (
        "Priya Nair\npriya.nair@example.com\n\nEXPERIENCE\n"
        "Data Analyst – Globex    Jan 2021 – Present\n• Built the churn dashboard.\n\n"
        "EDUCATION\nB.Tech in ECE, Anna University, 2020\n"
    ).replace(" ", NBSP)

    response = await _upload(client, me, text.encode("utf-8"), "resume.txt")

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["file_format"] == "txt"
    parsed = body["parsed"]
    assert parsed["name"] == "Priya Nair"
    assert (parsed["experience"][0]["title"], parsed["experience"][0]["company"]) == (
        "Data Analyst",
        "Globex",
    )
    assert parsed["education"][0]["field"] == "Electronics and Communication Engineering"
    assert parsed["highest_degree"] == "Bachelor"


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
async def test_windows_encodings_upload_as_text(client, encoding):
    me = await signed_in_candidate(client)
    text = (
        "Renée O’Brien\nrenee@example.com\n\n"
        "EXPERIENCE\nNurse – St. Mary’s Hospital    2019 – Present\n"
    )

    response = await _upload(client, me, text.encode(encoding), "cv.txt")

    assert response.status_code == 201, response.text
    parsed = response.json()["parsed"]
    assert parsed["name"] == "Renée O’Brien"
    assert parsed["experience"][0]["company"] == "St. Mary’s Hospital"


async def test_a_binary_renamed_txt_is_still_415(client):
    me = await signed_in_candidate(client)

    response = await _upload(client, me, bad_inputs.random_binary(), "resume.txt")

    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_file_type"


async def test_a_resume_garbled_by_a_wrong_decoding_is_read_as_written(client):
    """UTF-8 once read as Windows-1252 ("NaÃ¯ve", "â€™"), and an export that also lost the
    bullet's middle byte ("Skills â¢ Languages: ..."): the skills are the ones listed, each
    group's label left out."""
    me = await signed_in_candidate(client)
    text = (
        "Skills â¢ Programming Languages: Python (pandas, scipy), Java. "
        "â¢ Machine learning: Regression, NaÃ¯ve Bayes, Random Forest. "
        "â¢ Database Visualizations: MySQL, Plotly, Tableau.\r\n"
        "Education Details \r\nMay 2013 to May 2017 B.E   UIT-RGPV\r\n"
        "Company Details \r\ncompany - Matelabs\r\n"
        "description - I didnâ€™t wait: built the churn model â€¢ shipped it.\r\n"
    )

    response = await _upload(client, me, text.encode("utf-8"), "resume.txt")

    assert response.status_code == 201, response.text
    skills = [skill["name"] for skill in response.json()["parsed"]["skills"]]
    assert {"Python", "Java", "Naïve Bayes", "Random Forest", "MySQL", "Plotly"} <= set(skills)
    assert not [name for name in skills if ":" in name or "Ã" in name or "â" in name]
    assert "Database Visualizations" not in skills
