"""The build script on a small copy of the open data (tests/knowledge/fixtures/data: a few
rows of every input file, in the original formats)."""

import gzip
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from app.knowledge.store import Knowledge, read_json_gz

BACKEND_DIR = Path(__file__).resolve().parents[2]
FIXTURE_DATA = Path(__file__).resolve().with_name("fixtures") / "data"
OUTPUT_FILES = ("skills.json.gz", "occupations.json.gz", "manifest.json")


def run_build(out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "scripts/build_knowledge.py", str(FIXTURE_DATA), "--out", str(out)],
        cwd=BACKEND_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("knowledge")
    run_build(out)
    return out


def test_the_same_input_builds_byte_identical_files(built: Path, tmp_path: Path):
    run_build(tmp_path)
    for name in OUTPUT_FILES:
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_the_manifest_credits_both_sources_and_hashes_the_content(built: Path):
    knowledge = Knowledge(built)
    manifest = knowledge.manifest
    by_id = {source["id"]: source for source in manifest["sources"]}
    assert "O*NET 29.2 Database" in by_id["onet"]["attribution"]
    assert by_id["onet"]["license"] == "CC BY 4.0"
    assert "ESCO classification" in by_id["esco"]["attribution"]
    assert manifest["counts"]["occupations_by_source"] == {"esco": 6, "onet": 8}
    assert set(manifest["counts"]["skills_by_source"]) == {"onet", "esco", "curated"}
    for name, facts in manifest["files"].items():
        raw = gzip.decompress((built / name).read_bytes())
        assert hashlib.sha256(raw).hexdigest() == facts["sha256"]
    assert "onet-29.2/Technology Skills.txt" in manifest["inputs"]


def test_product_names_get_their_everyday_names(built: Path):
    skills = Knowledge(built).skills
    autocad = skills.get("AUTO CAD")
    assert autocad is not None and autocad.name == "Autodesk AutoCAD"
    assert autocad.sources == ("onet",) and autocad.hot
    aws = skills.get("Amazon Web Services")
    assert aws is not None and aws.name == "AWS"


def test_one_word_technology_names_that_are_ordinary_words_are_marked(built: Path):
    everyday = Knowledge(built).skills.everyday
    assert "teams" in everyday, "Microsoft Teams: the open data's prose writes 'teams'"
    assert not {"python", "kubernetes", "excel"} & everyday


def test_a_vendor_short_name_the_curated_list_uses_names_its_other_products(built: Path):
    access = Knowledge(built).skills.get("MS Access")
    assert access is not None and access.name == "Microsoft Access"


def test_software_named_after_a_practice_is_also_that_practice(built: Path):
    skills = Knowledge(built).skills
    testing = skills.get("functional testing")
    assert testing is not None and testing.name == "Functional testing software"
    defect_tracking = skills.get("Defect Tracking")
    assert defect_tracking is not None and defect_tracking.name == "Defect tracking software"
    assert skills.get("Medical") is None, "one everyday word names no skill"
    unit_testing = skills.get("unit testing")
    assert unit_testing is not None
    assert unit_testing.sources == ("curated",), "a curated practice is not its software"
    unit_testing_software = skills.get("Unit testing software")
    assert unit_testing_software is not None and unit_testing_software.sources == ("onet",)


def test_curated_skills_join_the_open_record_and_keep_aliases_that_add_something(built: Path):
    skills = Knowledge(built).skills
    excel = skills.get("Microsoft Excel")
    assert excel is not None and excel.name == "Excel"
    assert excel.sources == ("onet", "curated")
    assert "17-2051.00" in excel.occupations
    kubernetes = skills.get("k8s")
    assert kubernetes is not None and kubernetes.name == "Kubernetes"
    assert kubernetes.source == "onet"
    only_curated = skills.get("Frontend Development")
    assert only_curated is not None and only_curated.sources == ("curated",)


def test_esco_alternative_labels_go_to_the_skill_they_describe(built: Path):
    """skills_en.csv carries each block of labels on another skill's row."""
    skills = Knowledge(built).skills
    teams = skills.get("work in teams")
    assert teams is not None and teams.esco
    assert "work in groups" in teams.aliases
    assert "identify suspicious behavior" not in teams.aliases
    spotting = skills.get("spot suspicious behaviour")
    assert spotting is not None and spotting.name == "identify suspicious behaviour"


def test_languages_take_their_competences_as_aliases(built: Path):
    spanish = Knowledge(built).skills.get("write Spanish")
    assert spanish is not None
    assert (spanish.name, spanish.kind) == ("Spanish", "language")
    assert spanish.sources == ("esco", "curated")


def test_occupations_carry_titles_tasks_skills_and_related(built: Path):
    knowledge = Knowledge(built)
    civil = knowledge.occupations.get("17-2051.00")
    assert civil is not None and civil.source == "onet" and civil.job_zone == 4
    assert "Civil Engineer" in civil.alt_titles
    assert 0 < len(civil.tasks) <= 8
    assert "Autodesk AutoCAD" in {skill.name for skill in knowledge.technology_of(civil)}
    assert [other.code for other in knowledge.related_to(civil)] == ["17-2051.01"]
    same_title = knowledge.occupations.by_title("civil engineer")
    assert [item.source for item in same_title] == ["onet", "esco"]
    assert same_title[1].onet == ("17-2051.00",), "ESCO's civil engineer links to O*NET's"


def test_the_title_index_is_stored_with_the_occupations(built: Path):
    payload = read_json_gz(built / "occupations.json.gz")
    assert "registered" in payload["title_index"]["words"]
